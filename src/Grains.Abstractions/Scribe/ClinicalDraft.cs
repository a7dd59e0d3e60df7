using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>
/// The structured clinical draft of one encounter. It is a draft until a doctor signs it off, and every
/// fact in it carries evidence pointing to the transcript words it came from.
/// </summary>
/// <param name="ChiefComplaint">The main reason for the visit, when one was stated.</param>
/// <param name="Symptoms">Symptoms reported or denied.</param>
/// <param name="Vitals">Vital signs measured.</param>
/// <param name="Medications">Medications named, with what the encounter did to them.</param>
/// <param name="Allergies">Allergies reported.</param>
/// <param name="Diagnoses">Diagnoses stated or considered likely.</param>
/// <param name="Plan">Steps of the plan, in the order said.</param>
/// <param name="FollowUp">When and how to follow up, when said.</param>
/// <param name="Actionables">Work left for the clinic: prescriptions, orders, referrals, follow-ups, notes.</param>
[GenerateSerializer, Alias("Mesh.Grains.Scribe.ClinicalDraft")]
public sealed record ClinicalDraft(
    TextItem? ChiefComplaint,
    IReadOnlyList<SymptomItem> Symptoms,
    IReadOnlyList<VitalItem> Vitals,
    IReadOnlyList<MedicationItem> Medications,
    IReadOnlyList<AllergyItem> Allergies,
    IReadOnlyList<DiagnosisItem> Diagnoses,
    IReadOnlyList<TextItem> Plan,
    TextItem? FollowUp,
    IReadOnlyList<Actionable> Actionables)
{
    /// <summary>A draft with no facts.</summary>
    public static ClinicalDraft Empty { get; } = new(null, [], [], [], [], [], [], null, []);
}
