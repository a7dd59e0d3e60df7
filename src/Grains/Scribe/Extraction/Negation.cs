using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>Finds whether a term is denied within its clause, and the span of the cue that denies it.</summary>
internal static class Negation
{
    /// <summary>The negation cue that reaches the term, or null when the term is affirmed.</summary>
    public static TextSpan? Cue(ReadingContext context, SegmentText segment, TextSpan term)
    {
        var clause = segment.ClauseAt(term.Start);
        var cues = context.Cues;
        var before = cues.Negation.Matches(segment.Folded[..term.Start], clause.Start).LastOrDefault();
        if (before is not null)
        {
            var reset = cues.Affirmation.Matches(segment.Folded[..term.Start], before.Index + before.Length).Count > 0;
            if (!reset)
            {
                return new TextSpan(before.Index, before.Index + before.Length);
            }
        }

        if (cues.NegationAfter is null)
        {
            return null;
        }

        // Hungarian often denies after the noun ("Láza nincs."); only the next word or two count.
        var reach = Math.Min(clause.End, term.End + 16);
        var after = cues.NegationAfter.Match(segment.Folded[..reach], term.End);
        return after.Success && segment.Folded[term.End..after.Index].Trim(' ', ',').Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 1
            ? new TextSpan(after.Index, after.Index + after.Length)
            : null;
    }
}
