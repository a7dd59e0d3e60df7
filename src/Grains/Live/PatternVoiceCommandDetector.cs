using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Live;

/// <summary>
/// The offline voice-command detector: imperative patterns in English and Hungarian, at the start of the utterance or
/// after the wake phrase ("Mesh, …"). Deterministic and free; it misses commands phrased unlike its patterns rather
/// than mistaking ordinary speech for a command.
/// </summary>
public sealed class PatternVoiceCommandDetector : IVoiceCommandDetector
{
    /// <inheritdoc />
    public Task<VoiceCommand?> DetectAsync(string utterance, string language, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        return Task.FromResult(Detect(utterance, language, today));
    }

    /// <summary>The command in <paramref name="utterance"/>, or null.</summary>
    public static VoiceCommand? Detect(string utterance, string language, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(utterance);

        // Hungarian doctors give commands in English too; English speakers do not give them in Hungarian.
        var hungarian = Language.IsHungarian(language);
        foreach (var candidate in CommandCandidate.In(utterance))
        {
            var command = (hungarian ? HungarianCommandPatterns.Match(candidate, today) : null)
                ?? EnglishCommandPatterns.Match(candidate, today);
            if (command is not null)
            {
                return command;
            }
        }

        return null;
    }
}
