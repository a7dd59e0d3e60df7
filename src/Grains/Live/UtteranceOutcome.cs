using Mesh.Grains.Encounters;

namespace Mesh.Grains.Live;

/// <summary>What one final utterance led to: the events to publish and any command to carry out.</summary>
/// <param name="Events">Transcript segment, message, speech, radiology text, errors; in order, not yet numbered.</param>
/// <param name="Command">A voice command to carry out, or null.</param>
/// <param name="Findings">The radiology findings after this utterance.</param>
/// <param name="Impressions">The radiology impressions after this utterance.</param>
/// <param name="Section">The radiology section dictation now goes to.</param>
public sealed record UtteranceOutcome(
    IReadOnlyList<EncounterEvent> Events, EncounterCommand? Command, string Findings, string Impressions, string Section);
