using Mesh.Grains.Scribe;

namespace Mesh.Grains.Live;

/// <summary>How many facts a draft holds, for the one-line "draft ready" notice.</summary>
public static class DraftFacts
{
    public static int Count(ClinicalDraft draft) =>
        (draft.ChiefComplaint is null ? 0 : 1) + draft.Symptoms.Count + draft.Vitals.Count + draft.Medications.Count + draft.Allergies.Count
        + draft.Diagnoses.Count + draft.Plan.Count + (draft.FollowUp is null ? 0 : 1) + draft.Actionables.Count;
}
