namespace Mesh.Grains.Live;

/// <summary>Tells a doctor's command to Mesh from ordinary speech in one utterance.</summary>
public interface IVoiceCommandDetector
{
    /// <summary>
    /// The command <paramref name="utterance"/> gives, or null when it is ordinary speech (reports, questions, what
    /// the doctor tells the patient). <paramref name="today"/> is the visit date that follow-up intervals count from.
    /// </summary>
    Task<VoiceCommand?> DetectAsync(string utterance, string language, DateOnly today, CancellationToken ct);
}
