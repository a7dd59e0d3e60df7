namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>
/// A diagnosis the extractor can name, with a suggested ICD-10 code for the clinician to confirm; a condition
/// known only from the patient's record has no code here.
/// </summary>
internal sealed record DiagnosisEntry(string English, string Hungarian, string? Icd10)
{
    public string NameIn(string language) => Text.Language.IsHungarian(language) ? Hungarian : English;
}
