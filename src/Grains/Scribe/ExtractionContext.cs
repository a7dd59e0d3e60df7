namespace Mesh.Grains.Scribe;

/// <summary>What an extractor knows besides the transcript.</summary>
/// <param name="Language">The language spoken in the encounter, such as <c>en</c> or <c>hu-HU</c>.</param>
/// <param name="KnownFacts">Facts from the patient's record, when available.</param>
public sealed record ExtractionContext(string Language, PatientFacts? KnownFacts = null);
