using Mesh.Grains.Scribe;
using static Mesh.Grains.Tests.Scribe.DraftAssert;

namespace Mesh.Grains.Tests.Scribe;

public sealed class PatientFactsAndCueTests
{
    [Fact]
    public async Task BrandNameOnRecord_IsRecognisedOnlyWithPatientFacts()
    {
        var facts = new PatientFacts(["Multaq"], [], ["atrial fibrillation"]);
        var (_, withFacts) = await DraftAsync(EnglishVisits.AtrialFibrillation, "en", facts);
        var (_, withoutFacts) = await DraftAsync(EnglishVisits.AtrialFibrillation, "en");

        MedicationsAre(withFacts, "Multaq", "metoprolol");
        Medication(withFacts, "Multaq", MedicationStatus.Current, "400 mg", frequency: "twice daily");
        Medication(withFacts, "metoprolol", MedicationStatus.Current, "25 mg", frequency: "twice daily");
        MedicationsAre(withoutFacts, "metoprolol");
        Vital(withFacts, VitalKind.BloodPressure, "126/80", "mmHg");
        Symptom(withFacts, "bleeding", negated: true);
        HasActionable(withFacts, ActionableKind.Order, "ECG");
    }

    [Fact]
    public async Task DrugOnlyDenied_IsNotAMedication()
    {
        var (_, draft) = await DraftAsync(
            """
            Doctor: Do you take anything for pain?
            Patient: I don't take aspirin or any blood thinners. I have no cough.
            """,
            "en");

        Assert.Empty(draft.Medications);
        Symptom(draft, "cough", negated: true);
    }

    [Fact]
    public async Task AllergyOnRecord_IsRecognisedInAllergyTalk()
    {
        var facts = new PatientFacts([], ["Septra"], []);

        var (_, draft) = await DraftAsync("Patient: I'm allergic to Septra, I get a rash.", "en", facts);

        Allergy(draft, "Septra", "rash");
        Assert.Empty(draft.Symptoms);
    }

    [Fact]
    public async Task CommonBrandAndIvOrders_AreReadAsSaid()
    {
        var (_, draft) = await DraftAsync(
            """
            Patient: I take Tylenol as needed for my back.
            Doctor: Give ceftriaxone 1 g IV once now, then amoxicillin-clavulanate 875 mg PO BID.
            Doctor: Start insulin glargine 20 units subcutaneously at bedtime and discontinue the glipizide.
            """,
            "en");

        MedicationsAre(draft, "Tylenol", "ceftriaxone", "amoxicillin-clavulanate", "insulin glargine", "glipizide");
        Medication(draft, "Tylenol", MedicationStatus.Current, frequency: "as needed");
        Medication(draft, "ceftriaxone", MedicationStatus.Started, "1 g", "intravenous");
        Medication(draft, "amoxicillin-clavulanate", MedicationStatus.Started, "875 mg", "oral", "twice daily");
        Medication(draft, "insulin glargine", MedicationStatus.Started, "20 units", "subcutaneous", "at night");
        Medication(draft, "glipizide", MedicationStatus.Stopped);
    }

    [Fact]
    public async Task ConditionOnRecord_IsDiagnosedWithoutACode()
    {
        var facts = new PatientFacts([], [], ["Hashimoto thyroiditis"]);

        var (_, draft) = await DraftAsync("Doctor: This is consistent with Hashimoto thyroiditis, so I'll order a TSH.", "en", facts);

        var diagnosis = Assert.Single(draft.Diagnoses);
        Assert.Equal("Hashimoto thyroiditis", diagnosis.Text);
        Assert.Null(diagnosis.Icd10);
        HasActionable(draft, ActionableKind.Order, "TSH");
    }

    [Fact]
    public async Task SwitchToANewDrug_StartsIt()
    {
        var (_, draft) = await DraftAsync("Doctor: Because of the cough we'll switch you to losartan 50 mg once daily.", "en");

        Medication(draft, "losartan", MedicationStatus.Started, "50 mg", frequency: "once daily");
    }
}
