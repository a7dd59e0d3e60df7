namespace Mesh.Grains.Scribe.Extraction;

/// <summary>One mention of a drug; <see cref="ExplicitStatus"/> says whether a cue gave its status or it defaulted to current.</summary>
internal sealed record MedicationMention(MedicationItem Item, bool ExplicitStatus);
