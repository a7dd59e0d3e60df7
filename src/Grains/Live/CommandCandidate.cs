using System.Text.RegularExpressions;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Live;

/// <summary>
/// A place in an utterance where a command may start, as said and folded (lower case, no accents, same length).
/// Commands are imperatives at the start of an utterance, after any wake phrase ("Mesh,", "OK Mesh") and lead-in
/// ("please", "okay so"); later in the utterance only a sentence that opens with the wake phrase can give one.
/// </summary>
internal sealed partial record CommandCandidate(string Said, string Folded)
{
    public static IReadOnlyList<CommandCandidate> In(string utterance)
    {
        var said = utterance.Trim();
        if (said.Length == 0 || IsQuestion(said))
        {
            return [];
        }

        var folded = TextFolding.Fold(said);
        var candidates = new List<CommandCandidate>();
        var starts = new List<int> { 0 };
        foreach (Match wake in WakeMidUtterance().Matches(folded))
        {
            starts.Add(wake.Index);
        }

        foreach (var start in starts)
        {
            var lead = LeadIn().Match(folded, start);
            var from = lead.Success ? lead.Index + lead.Length : start;
            if (from < said.Length)
            {
                candidates.Add(new CommandCandidate(said[from..], folded[from..]));
            }
        }

        return candidates;
    }

    // A question asks; it does not command ("Prescribe amoxicillin?").
    private static bool IsQuestion(string said) => said.TrimEnd('"', '\'', '\u201d', ' ', ')').EndsWith('?');

    [GeneratedRegex(@"\G(?:(?:(?:hey|hi|ok|okay|szia)\s+)?mesh\b[\s,.:;!\-]*|(?:ok|okay|alright|all\s+right|so|now|um+|uh+|please|kerlek|kerem|legyszi|legyszives|rendben|akkor|most)\b[\s,.:;!\-]*)+",
        RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"(?<=[.!?;]\s*)(?:(?:hey|hi|ok|okay|szia)\s+)?mesh\b", RegexOptions.CultureInvariant)]
    private static partial Regex WakeMidUtterance();
}
