using System.Text.RegularExpressions;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>Finds the medication status cue that governs a drug mention, and replacements such as "switch from A to B".</summary>
internal static class StatusCues
{
    private static readonly Regex FromBefore = new(@"(?<![\p{L}])(?:from|off)\s+(?:the\s+|your\s+|his\s+|her\s+)?$", RegexOptions.CultureInvariant);

    private static readonly Regex ToBefore = new(@"(?<![\p{L}])(?:to|onto)\s+(?:the\s+|a\s+)?$", RegexOptions.CultureInvariant);

    /// <summary>The nearest cue before the drug in its window, else the first after it.</summary>
    public static (MedicationStatus Status, TextSpan Span)? Find(ReadingContext context, SegmentText segment, TextSpan before, TextSpan after)
    {
        var cues = All(context, segment.Folded, before);
        if (cues.Count > 0)
        {
            return cues[^1];
        }

        var following = All(context, segment.Folded, after);
        return following.Count > 0 ? following[0] : null;
    }

    /// <summary>Whether a replacement said around the drug makes it the one stopped or the one started.</summary>
    public static MedicationStatus? Replacement(ReadingContext context, SegmentText segment, TextSpan clause, TextSpan before, TextSpan after)
    {
        var replacement = context.Cues.Replacement;
        if (!replacement.IsMatch(segment.Folded[clause.Start..clause.End]))
        {
            return null;
        }

        var beforeText = segment.Folded[before.Start..before.End];
        if (context.IsHungarian)
        {
            // "A lizinopril helyett losartant kap": the drug before "helyett" goes, the one after it comes.
            return replacement.IsMatch(segment.Folded[after.Start..after.End]) ? MedicationStatus.Stopped
                : replacement.IsMatch(beforeText) ? MedicationStatus.Started
                : null;
        }

        // "Switch you from famotidine to omeprazole": "from" marks the drug that goes, "to" the one that comes.
        return FromBefore.IsMatch(beforeText) ? MedicationStatus.Stopped
            : ToBefore.IsMatch(beforeText) ? MedicationStatus.Started
            : null;
    }

    private static List<(MedicationStatus Status, TextSpan Span)> All(ReadingContext context, string folded, TextSpan window)
    {
        var text = folded[..window.End];
        var found = new List<(MedicationStatus Status, TextSpan Span)>();
        Collect(found, context.Cues.Stopped, text, window.Start, MedicationStatus.Stopped);
        Collect(found, context.Cues.Changed, text, window.Start, MedicationStatus.Changed);
        Collect(found, context.Cues.Started, text, window.Start, MedicationStatus.Started);
        Collect(found, context.Cues.Current, text, window.Start, MedicationStatus.Current);

        // A longer cue outranks one inside it: "ne szedje" (stop) over "szedje" (takes).
        return found
            .Where(c => !found.Any(o => o != c && o.Span.Length > c.Span.Length && o.Span.Start <= c.Span.Start && o.Span.End >= c.Span.End))
            .OrderBy(c => c.Span.Start)
            .ToList();
    }

    private static void Collect(List<(MedicationStatus, TextSpan)> found, Regex cue, string text, int start, MedicationStatus status)
    {
        foreach (Match match in cue.Matches(text, start))
        {
            found.Add((status, new TextSpan(match.Index, match.Index + match.Length)));
        }
    }
}
