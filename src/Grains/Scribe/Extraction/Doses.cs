using System.Globalization;
using System.Text.RegularExpressions;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>Reads doses such as "500 mg", "0,5 mg", "5 milligrams", "10 units" or "five hundred milligrams".</summary>
internal static class Doses
{
    private static readonly Regex Pattern = new(
        $@"(?<![\p{{L}}\p{{N}}])(?<n>\d+(?:[.,]\d+)?|{NumberWords.Pattern})\s*-?\s*(?<u>" +
        @"mg|milligrams?|milligramm\p{L}*|mcg|micrograms?|µg|ug|mikrogramm\p{L}*|g|grams?|gramm\p{L}*|ml|milliliters?|millilit\p{L}*|" +
        @"units?|iu|ne|egyseg\p{L}*|nemzetkozi egyseg\p{L}*|puffs?|tablets?|tabletta\p{L}*|capsules?|kapszula\p{L}*|drops?|csepp\p{L}*)" +
        @"(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IEnumerable<DoseMatch> Find(string folded, TextSpan window)
    {
        foreach (Match match in Pattern.Matches(folded[..window.End], window.Start))
        {
            var amount = match.Groups["n"].Value;
            var number = char.IsDigit(amount[0]) ? amount.Replace(',', '.') : NumberWords.Parse(amount)?.ToString(CultureInfo.InvariantCulture);
            if (number is not null)
            {
                yield return new DoseMatch(new TextSpan(match.Index, match.Index + match.Length), $"{number} {Unit(match.Groups["u"].Value)}");
            }
        }
    }

    private static string Unit(string said) => said switch
    {
        _ when said.StartsWith("mg", StringComparison.Ordinal) || said.StartsWith("milligram", StringComparison.Ordinal) => "mg",
        _ when said is "mcg" or "µg" or "ug" || said.StartsWith("microgram", StringComparison.Ordinal) || said.StartsWith("mikrogramm", StringComparison.Ordinal) => "mcg",
        _ when said == "g" || said.StartsWith("gram", StringComparison.Ordinal) => "g",
        _ when said == "ml" || said.StartsWith("millilit", StringComparison.Ordinal) => "ml",
        _ when said is "iu" or "ne" || said.StartsWith("nemzetkozi", StringComparison.Ordinal) => "IU",
        _ when said.StartsWith("unit", StringComparison.Ordinal) || said.StartsWith("egyseg", StringComparison.Ordinal) => "units",
        _ when said.StartsWith("puff", StringComparison.Ordinal) => "puffs",
        _ when said.StartsWith("tablet", StringComparison.Ordinal) => "tablets",
        _ when said.StartsWith("capsule", StringComparison.Ordinal) || said.StartsWith("kapszula", StringComparison.Ordinal) => "capsules",
        _ => "drops",
    };
}

/// <summary>A dose said in the text and its normalised form, such as <c>500 mg</c>.</summary>
internal readonly record struct DoseMatch(TextSpan Span, string Dose);
