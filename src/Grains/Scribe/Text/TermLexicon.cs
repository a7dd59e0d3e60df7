using System.Text.RegularExpressions;

namespace Mesh.Grains.Scribe.Text;

/// <summary>
/// A list of surface phrases, each standing for a value, matched as whole words on folded text. The longest
/// phrase wins where several start at the same place ("insulin glargine" over "insulin").
/// </summary>
internal sealed class TermLexicon<T>
{
    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);
    private readonly string _alternation;

    public TermLexicon(IEnumerable<KeyValuePair<string, T>> entries)
    {
        foreach (var (surface, value) in entries)
        {
            var key = Key(surface);
            if (key.Length > 0)
            {
                _values.TryAdd(key, value);
            }
        }

        _alternation = string.Join('|', _values.Keys
            .OrderByDescending(k => k.Length)
            .Select(k => string.Join(@"\s+", k.Split(' ').Select(Regex.Escape))));
    }

    public IReadOnlyDictionary<string, T> Entries => _values;

    public IReadOnlyList<TermMatch<T>> Find(string folded, string endings, int start = 0, int end = -1)
    {
        var regex = Pattern(endings);
        var stop = end < 0 ? folded.Length : end;
        var found = new List<TermMatch<T>>();
        for (var match = regex.Match(folded, start, stop - start); match.Success; match = match.NextMatch())
        {
            var key = Key(match.Groups["t"].Value);
            if (_values.TryGetValue(key, out var value))
            {
                found.Add(new TermMatch<T>(match.Index, match.Index + match.Length, value));
            }
        }

        return found;
    }

    private Regex Pattern(string endings)
    {
        lock (_patterns)
        {
            if (!_patterns.TryGetValue(endings, out var regex))
            {
                regex = new Regex(
                    $@"(?<![\p{{L}}\p{{N}}])(?<t>{_alternation}){endings}(?![\p{{L}}\p{{N}}])",
                    RegexOptions.CultureInvariant | RegexOptions.Compiled);
                _patterns[endings] = regex;
            }

            return regex;
        }
    }

    private static string Key(string surface) =>
        string.Join(' ', TextFolding.Fold(surface).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
