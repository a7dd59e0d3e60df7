using System.Text.RegularExpressions;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>How long a symptom has lasted, as said: "for three days", "since Monday", "2 weeks", "három napja".</summary>
internal static class Durations
{
    private const string Count =
        @"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|a few|a couple of|a couple|several|couple of|" +
        @"egy|ket|ketto|harom|negy|ot|hat|het|nyolc|kilenc|tiz|tizenot|husz|par|nehany|fel)";

    private const string Unit = @"(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)";

    private static readonly Regex Pattern = new(
        $@"(?<![\p{{L}}\p{{N}}])(?:" +
        $@"(?:for|over|in)\s+(?:the\s+)?(?:(?:past|last)\s+)?(?:about\s+|around\s+|almost\s+|nearly\s+)?{Count}(?:\s+and\s+a\s+half)?\s+{Unit}" +
        $@"|(?:for|over|in)\s+the\s+(?:past|last)\s+{Unit}" +
        $@"|since\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night|this morning|the weekend|weekend|week|month|year|christmas|\w+day)" +
        $@"|{Count}\s+{Unit}\s+ago" +
        $@"|(?:\d+|{Count})\s+(?:weeks?|days?|months?)(?=\s+now|[.,]|$)" +
        $@"|(?:kb\.?\s+|korulbelul\s+|mar\s+)?{Count}\s+(?:napja|hete|honapja|eve|oraja|perce|nap\s+ota|het\s+ota|honap\s+ota)" +
        $@"|(?:tegnap|tegnapelott|hetfo|kedd|szerda|csutortok|pentek|szombat|vasarnap|mult\s+het|reggel)\s+ota" +
        $@")(?![\p{{L}}\p{{N}}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The duration said in the clause, preferring one after the term.</summary>
    public static TextSpan? Find(SegmentText segment, TextSpan term)
    {
        var clause = segment.ClauseAt(term.Start);
        var matches = Pattern.Matches(segment.Folded[..clause.End], clause.Start).ToList();
        var chosen = matches.FirstOrDefault(m => m.Index >= term.End) ?? matches.LastOrDefault(m => m.Index + m.Length <= term.Start);
        return chosen is null ? null : new TextSpan(chosen.Index, chosen.Index + chosen.Length);
    }

    /// <summary>A duration as said, without the capital it has when it opens a sentence ("Négy napja köhögök").</summary>
    public static string Said(SegmentText segment, TextSpan span)
    {
        var said = segment.TextOf(span);
        return span.Start == segment.SentenceAt(span.Start).Start ? char.ToLowerInvariant(said[0]) + said[1..] : said;
    }
}
