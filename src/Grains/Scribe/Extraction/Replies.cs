using System.Text.RegularExpressions;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>
/// Reads a yes or no answer to a clinician's question ("Any fever?" "No."), so that a symptom named only in
/// the question is recorded with both the question and the answer as evidence.
/// </summary>
internal static class Replies
{
    private static readonly Regex Yes = new(@"^\W*(yes|yeah|yep|i do|i have|igen|van|persze)(?![\p{L}])", RegexOptions.CultureInvariant);

    private static readonly Regex No = new(@"^\W*(no|nope|not really|never|i don't|nem|nincs|egyáltalán nem|soha)(?![\p{L}])", RegexOptions.CultureInvariant);

    public static Reply To(ReadingContext context, SegmentText question)
    {
        var next = context.Next(question);
        if (next is null || next.Role == question.Role && question.Role != SpeakerRole.Unknown)
        {
            return Reply.None;
        }

        var yes = Yes.Match(next.Folded);
        if (yes.Success)
        {
            return new Reply(true, next.Quote(new TextSpan(yes.Groups[1].Index, yes.Groups[1].Index + yes.Groups[1].Length)));
        }

        var no = No.Match(next.Folded);
        return no.Success
            ? new Reply(false, next.Quote(new TextSpan(no.Groups[1].Index, no.Groups[1].Index + no.Groups[1].Length)))
            : Reply.None;
    }
}

/// <summary>A yes (true) or no (false) answer and the words that said it; <see cref="Answer"/> is null when there was none.</summary>
internal sealed record Reply(bool? Answer, Evidence? Evidence)
{
    public static Reply None { get; } = new(null, null);
}
