namespace Mesh.Grains.Scribe.Extraction;

/// <summary>One mention of a drug; whether a cue said its status or it only defaulted to current.</summary>
internal sealed class MedicationMention(MedicationItem item, bool explicitStatus)
{
    public MedicationItem Item { get; } = item;

    public bool ExplicitStatus { get; } = explicitStatus;
}
