using System.Text;
using System.Text.RegularExpressions;

namespace Mesh.Grains.Scribe;

/// <summary>
/// Turns typed text into a transcript: one segment per non-empty line, an optional <c>Speaker:</c> prefix,
/// and timings estimated from word counts at about 150 words a minute, since typed text has no clock.
/// </summary>
public static partial class TranscriptParser
{
    /// <summary>Milliseconds per word at 150 words a minute.</summary>
    public const int MillisecondsPerWord = 400;

    private const int MaxSpeakerLength = 40;

    // A longer run before a colon is a sentence ("The reason I came in today: ..."), not a label.
    private const int MaxSpeakerWords = 3;

    private static readonly Dictionary<string, string> KnownSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["doctor"] = "Doctor", ["dr"] = "Doctor", ["physician"] = "Doctor", ["orvos"] = "Doctor", ["doktor"] = "Doctor",
        ["patient"] = "Patient", ["pt"] = "Patient", ["beteg"] = "Patient", ["páciens"] = "Patient",
        ["nurse"] = "Nurse", ["nővér"] = "Nurse", ["ápoló"] = "Nurse", ["asszisztens"] = "Nurse",
    };

    /// <summary>The speaker given to lines before any prefix names one.</summary>
    public const string UnknownSpeaker = "Unknown";

    /// <summary>Parses typed text; a line without a prefix continues with the previous line's speaker.</summary>
    public static Transcript Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<TranscriptSegment>();
        var speaker = UnknownSpeaker;
        long clock = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            var prefix = SpeakerPrefix().Match(line);
            if (prefix.Success && prefix.Groups["speaker"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSpeakerWords)
            {
                speaker = Speaker(prefix.Groups["speaker"].Value);
                line = prefix.Groups["text"].Value.Trim();
            }

            if (line.Length == 0)
            {
                continue;
            }

            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            var duration = (long)words * MillisecondsPerWord;
            segments.Add(new TranscriptSegment($"s{segments.Count + 1}", speaker, clock, clock + duration, line));
            clock += duration;
        }

        return new Transcript(segments);
    }

    private static string Speaker(string said)
    {
        var trimmed = said.Trim().TrimEnd('.');
        if (KnownSpeakers.TryGetValue(trimmed, out var known))
        {
            return known;
        }

        // Labels end up in JSON, logs and the clinic page: keep letters, digits, spaces and a little punctuation.
        var safe = new StringBuilder();
        foreach (var c in trimmed.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '\''))
        {
            safe.Append(c);
        }

        var label = safe.ToString().Trim();
        return label.Length == 0 ? UnknownSpeaker : label[..Math.Min(label.Length, MaxSpeakerLength)];
    }

    [GeneratedRegex(@"^(?<speaker>\p{L}[^:\d\r\n]{0,39}?)\s*:\s*(?<text>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerPrefix();
}
