using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Mesh.Grains.Scribe.Lexicons;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Agents.Grounding;

/// <summary>
/// The grounding rule for agent answers: a number, date, code or drug name that no tool returned (nor the user wrote) is
/// not shown as fact. Each sentence holding one is kept but marked, and the facts are listed, so a reader sees exactly
/// what no record supports; nothing is repaired.
/// </summary>
public static partial class AnswerGrounding
{
    /// <summary>What marks a sentence with an unverified fact.</summary>
    public const string Mark = "[unverified] ";

    /// <summary>The answer with unverified sentences marked, and the unverified facts.</summary>
    public static (string Text, IReadOnlyList<string> Unverified) Check(string answer, IEnumerable<string> evidence)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var sources = Facts.Of(string.Join("\n", evidence));
        var unverified = new List<string>();
        var text = new StringBuilder();
        foreach (var sentence in SentenceSplit().Split(answer))
        {
            var missing = Facts.Of(sentence).Missing(sources);
            if (missing.Count > 0)
            {
                unverified.AddRange(missing.Where(m => !unverified.Contains(m)));
                text.Append(Mark);
            }

            text.Append(sentence).Append(' ');
        }

        return (text.ToString().TrimEnd(), unverified);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceSplit();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b[A-TV-Z]\d[0-9A-Z](?:\.?[0-9A-Z]{1,4})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\d+(?:,\d{3})*(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    /// <summary>The checkable facts of a text, each in a normal form: dates as written, codes without the dot, numbers as values, drugs folded.</summary>
    private sealed class Facts
    {
        private readonly HashSet<string> _dates = new(StringComparer.Ordinal);
        private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
        private readonly Dictionary<decimal, string> _numbers = [];
        private readonly HashSet<string> _drugs = new(StringComparer.Ordinal);
        private string _folded = string.Empty;

        public static Facts Of(string text)
        {
            var facts = new Facts { _folded = TextFolding.Fold(text) };
            var rest = DatePattern().Replace(text, m =>
            {
                facts._dates.Add(m.Value);
                return " ";
            });
            rest = CodePattern().Replace(rest, m =>
            {
                facts._codes.Add(m.Value.Replace(".", "", StringComparison.Ordinal));
                return " ";
            });
            foreach (Match number in NumberPattern().Matches(rest))
            {
                if (decimal.TryParse(number.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    facts._numbers.TryAdd(value, number.Value);
                }
            }

            foreach (var drug in DrugLexicon.Terms.Find(facts._folded, Inflection.For("en")))
            {
                facts._drugs.Add(facts._folded[drug.Start..drug.End]);
            }

            return facts;
        }

        public List<string> Missing(Facts sources) =>
        [
            .. _dates.Where(d => !sources._dates.Contains(d)),
            .. _codes.Where(c => !sources._codes.Contains(c)),
            .. _numbers.Where(n => !sources._numbers.ContainsKey(n.Key)).Select(n => n.Value),
            .. _drugs.Where(d => !sources._folded.Contains(d, StringComparison.Ordinal)),
        ];
    }
}
