using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>A diagnosis the clinician stated or considered likely.</summary>
/// <param name="Text">The diagnosis in words.</param>
/// <param name="Icd10">A suggested ICD-10 code for the clinician to confirm, when one is known.</param>
/// <param name="Evidence">The transcript spans it came from.</param>
[GenerateSerializer, Alias("Mesh.Grains.Scribe.DiagnosisItem")]
public sealed record DiagnosisItem(string Text, string? Icd10, IReadOnlyList<Evidence> Evidence);
