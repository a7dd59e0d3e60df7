using System.Globalization;
using System.Text.RegularExpressions;
using Mesh.Grains.Scribe.Extraction;
using Mesh.Grains.Scribe.Lexicons;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Live;

/// <summary>
/// Reads what follows a prescribing verb: the drug first (from the drug lexicon, or an unknown name directly followed
/// by a dose), then dose, frequency and duration said after it in the same sentence.
/// </summary>
internal static partial class PrescriptionReader
{
    private static readonly Regex EnglishDuration = new(
        $@"(?<![\p{{L}}\p{{N}}])for\s+(?:a\s+total\s+of\s+|another\s+|the\s+next\s+)?(?<n>{SpokenNumbers.English})\s+(?<u>days?|weeks?|months?)(?![\p{{L}}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex HungarianDuration = new(
        $@"(?<![\p{{L}}\p{{N}}])(?<n>{SpokenNumbers.Hungarian})\s+(?<u>nap|het|honap)(?:ig|ra|re|on\s+at|en\s+at|on\s+keresztul|en\s+keresztul)(?![\p{{L}}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static PrescribeCommand? Read(string said, string folded, bool hungarian)
    {
        var end = SentenceEnd().Match(folded) is { Success: true } stop ? stop.Index : folded.Length;
        var endings = hungarian ? Inflection.Hungarian : Inflection.English;
        var drug = Drug(said, folded, end, endings);
        if (drug is null)
        {
            return null;
        }

        var (name, drugEnd) = drug.Value;
        var after = new TextSpan(drugEnd, end);
        var dose = Doses.Find(folded, after).Select(d => d.Dose).FirstOrDefault();
        var frequency = FrequencyLexicon.Terms.Find(folded, endings, drugEnd, end).Select(f => f.Value).FirstOrDefault();
        var duration = Duration(folded[..end], drugEnd, hungarian);
        return new PrescribeCommand(name, dose, frequency, duration);
    }

    private static (string Name, int End)? Drug(string said, string folded, int end, string endings)
    {
        var known = DrugLexicon.Terms.Find(folded, endings, 0, end).Select(m => (TermMatch<string>?)m).FirstOrDefault();
        if (known is { } match && DrugLead().IsMatch(folded[..match.Start]))
        {
            return (match.Value, match.End);
        }

        // A drug the lexicon does not know still counts when a dose follows its name at once: "prescribe xylotrin 20 mg".
        var unknown = UnknownDrug().Match(folded[..end]);
        if (unknown.Success && !NotADrug().IsMatch(unknown.Groups["name"].Value))
        {
            var name = unknown.Groups["name"];
            return (said.Substring(name.Index, name.Length), name.Index + name.Length);
        }

        return null;
    }

    private static string? Duration(string folded, int from, bool hungarian)
    {
        // Hungarian dictation mixes in English phrases often enough ("7 napig" or "for 7 days"), so both are read.
        var hungarianMatch = hungarian ? HungarianDuration.Match(folded, from) : Match.Empty;
        var match = hungarianMatch.Success ? hungarianMatch : EnglishDuration.Match(folded, from);
        if (!match.Success)
        {
            return null;
        }

        var amount = hungarianMatch.Success
            ? SpokenNumbers.ParseHungarian(match.Groups["n"].Value)
            : SpokenNumbers.ParseEnglish(match.Groups["n"].Value);
        if (amount is not > 0 || FollowUpInterval.UnitOf(match.Groups["u"].Value) is not { } unit)
        {
            return null;
        }

        var word = unit switch
        {
            IntervalUnit.Day => "day",
            IntervalUnit.Week => "week",
            _ => "month",
        };
        return amount == 1 ? $"1 {word}" : $"{amount.Value.ToString("0.##", CultureInfo.InvariantCulture)} {word}s";
    }

    // Sentence ends, but not the point inside "0.5 mg".
    [GeneratedRegex(@"(?<!\d)[.!?;](?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    // What may come between the verb and a known drug: "prescribe a short course of amoxicillin", "írj fel egy doboz …".
    [GeneratedRegex(@"^\s*(?:(?:a|an|the|some|short|new|course|of|generic|egy|doboz|uj)\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex DrugLead();

    [GeneratedRegex(@"^\s*(?:(?:a|an|the|some|egy)\s+)?(?<name>\p{L}[\p{L}\p{N}\-]*(?:\s+\p{L}[\p{L}\p{N}\-]*){0,2}?)\s+(?=\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|g|ml|iu|ne|units?|milligrams?|micrograms?|milligramm\p{L}*)(?![\p{L}]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex UnknownDrug();

    [GeneratedRegex(@"^(?:something|anything|nothing|it|this|that|them|him|her|the\s+patient|valamit|semmit|ezt|azt|neki)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotADrug();
}
