namespace Mesh.Grains.Scribe;

/// <summary>A draft with every ungrounded item removed, and one warning per removal saying which item and why.</summary>
/// <param name="Draft">The cleaned draft.</param>
/// <param name="Warnings">Why each dropped item was dropped.</param>
public sealed record GroundingResult(ClinicalDraft Draft, IReadOnlyList<string> Warnings);
