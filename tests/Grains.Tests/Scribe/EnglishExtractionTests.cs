using Mesh.Grains.Scribe;
using static Mesh.Grains.Tests.Scribe.DraftAssert;

namespace Mesh.Grains.Tests.Scribe;

public sealed class EnglishExtractionTests
{
    [Fact]
    public async Task AcuteBronchitisVisit_DraftsSymptomsVitalsMedicationsAndAllergy()
    {
        var (_, draft) = await DraftAsync(EnglishVisits.AcuteBronchitis, "en");

        Assert.Equal("cough for five days", draft.ChiefComplaint?.Text);
        Symptom(draft, "cough", negated: false, "for five days");
        Symptom(draft, "fever", negated: true);
        Symptom(draft, "chills", negated: false);
        Symptom(draft, "chest pain", negated: true);
        Symptom(draft, "shortness of breath", negated: false);
        Vital(draft, VitalKind.Temperature, "37.8", "°C");
        Vital(draft, VitalKind.HeartRate, "92", "bpm");
        Vital(draft, VitalKind.OxygenSaturation, "96", "%");
        Vital(draft, VitalKind.BloodPressure, "138/86", "mmHg");
        MedicationsAre(draft, "lisinopril", "azithromycin", "albuterol");
        Medication(draft, "lisinopril", MedicationStatus.Current, "10 mg", frequency: "once daily");
        Medication(draft, "azithromycin", MedicationStatus.Started, "500 mg", "oral", "once daily");
        Medication(draft, "albuterol", MedicationStatus.Started, "2 puffs", "inhaled", "every 4 hours");
        Allergy(draft, "penicillin", "hives");
        Diagnosis(draft, "acute bronchitis", "J20.9");
        HasActionable(draft, ActionableKind.Prescription, "azithromycin");
        HasActionable(draft, ActionableKind.FollowUp, "two weeks");
        Assert.Contains("two weeks", draft.FollowUp?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HypertensionVisit_IncreasesLisinoprilAndStopsIbuprofen()
    {
        var (_, draft) = await DraftAsync(EnglishVisits.Hypertension, "en");

        Symptom(draft, "headache", negated: false);
        Symptom(draft, "dizziness", negated: true);
        Symptom(draft, "chest pain", negated: true);
        Vital(draft, VitalKind.BloodPressure, "152/94", "mmHg");
        Vital(draft, VitalKind.HeartRate, "78", "bpm");
        Vital(draft, VitalKind.Weight, "92", "kg");
        MedicationsAre(draft, "lisinopril", "ibuprofen", "acetaminophen");
        var lisinopril = Medication(draft, "lisinopril", MedicationStatus.Changed, "20 mg", frequency: "once daily");
        Assert.Equal(2, lisinopril.Evidence.Count);
        Medication(draft, "ibuprofen", MedicationStatus.Stopped);
        Medication(draft, "acetaminophen", MedicationStatus.Started, "500 mg", frequency: "as needed");
        Diagnosis(draft, "hypertension", "I10");
        HasActionable(draft, ActionableKind.Prescription, "lisinopril 20 mg");
        HasActionable(draft, ActionableKind.Order, "metabolic panel");
        HasActionable(draft, ActionableKind.FollowUp, "four weeks");
    }

    [Fact]
    public async Task DiabetesVisit_ReducesMetforminAndStartsTwoDrugs()
    {
        var (_, draft) = await DraftAsync(EnglishVisits.Diabetes, "en");

        Symptom(draft, "nausea", negated: false, "for about two weeks");
        Symptom(draft, "diarrhea", negated: true);
        Vital(draft, VitalKind.Glucose, "182", "mg/dL");
        Vital(draft, VitalKind.Weight, "104", "kg");
        Vital(draft, VitalKind.BloodPressure, "128/78", "mmHg");
        MedicationsAre(draft, "metformin", "empagliflozin", "atorvastatin");
        Medication(draft, "metformin", MedicationStatus.Changed, "500 mg", frequency: "twice daily");
        Medication(draft, "empagliflozin", MedicationStatus.Started, "10 mg", frequency: "once daily");
        Medication(draft, "atorvastatin", MedicationStatus.Started, "20 mg", frequency: "at night");
        Diagnosis(draft, "type 2 diabetes", "E11.9");
        HasActionable(draft, ActionableKind.Referral, "dietitian");
        HasActionable(draft, ActionableKind.Order, "lipid panel");
        HasActionable(draft, ActionableKind.FollowUp, "three months");
    }

    [Fact]
    public async Task UrinaryInfectionVisit_KeepsSulfaAsAllergyNotMedication()
    {
        var (_, draft) = await DraftAsync(EnglishVisits.UrinaryInfection, "en");

        Assert.Equal("it burns when I pee and I have to go all the time", draft.ChiefComplaint?.Text);
        Symptom(draft, "fever", negated: true);
        Symptom(draft, "back pain", negated: true);
        var blood = Symptom(draft, "blood in urine", negated: true);
        Assert.Equal(["s4", "s5"], blood.Evidence.Select(e => e.SegmentId));
        Assert.DoesNotContain(draft.Symptoms, s => s.Name == "fever" && !s.Negated);
        MedicationsAre(draft, "nitrofurantoin");
        Medication(draft, "nitrofurantoin", MedicationStatus.Started, "100 mg", frequency: "twice daily");
        Allergy(draft, "sulfa drugs", "rash");
        Diagnosis(draft, "urinary tract infection", "N39.0");
        HasActionable(draft, ActionableKind.Order, "urine culture");
    }

    [Fact]
    public async Task EarInfectionVisit_ReadsFahrenheitAndParentReport()
    {
        var (_, draft) = await DraftAsync(EnglishVisits.EarInfection, "en");

        Assert.Equal("ear pain since yesterday", draft.ChiefComplaint?.Text);
        Symptom(draft, "fever", negated: false, "since yesterday");
        Symptom(draft, "vomiting", negated: true);
        Vital(draft, VitalKind.Temperature, "101.3", "°F");
        Vital(draft, VitalKind.HeartRate, "118", "bpm");
        Assert.Empty(draft.Allergies);
        MedicationsAre(draft, "amoxicillin", "ibuprofen");
        Medication(draft, "amoxicillin", MedicationStatus.Started, "400 mg", frequency: "twice daily");
        Diagnosis(draft, "otitis media", "H66.90");
    }

    [Fact]
    public async Task AsthmaVisit_ReadsDoseWrittenInWords()
    {
        var (_, draft) = await DraftAsync(EnglishVisits.AsthmaFlare, "en");

        Symptom(draft, "wheezing", negated: false, "for the past week");
        Symptom(draft, "cough", negated: false);
        Symptom(draft, "fever", negated: true);
        Vital(draft, VitalKind.OxygenSaturation, "95", "%");
        Vital(draft, VitalKind.RespiratoryRate, "20", "/min");
        MedicationsAre(draft, "albuterol", "fluticasone", "montelukast");
        Medication(draft, "fluticasone", MedicationStatus.Changed, "2 puffs", "inhaled", "twice daily");
        Medication(draft, "montelukast", MedicationStatus.Started, "10 mg", frequency: "at night");
        Medication(draft, "albuterol", MedicationStatus.Current, frequency: "as needed");
        Diagnosis(draft, "asthma", "J45.909");
        Assert.Contains("one month", draft.FollowUp?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigraineVisit_StopsIbuprofenAndStartsSumatriptan()
    {
        var (_, draft) = await DraftAsync(EnglishVisits.Migraine, "en");

        Symptom(draft, "headache", negated: false, "for about three months");
        Symptom(draft, "weakness", negated: true);
        Symptom(draft, "numbness", negated: true);
        Vital(draft, VitalKind.BloodPressure, "118/76", "mmHg");
        MedicationsAre(draft, "ibuprofen", "sumatriptan");
        Medication(draft, "ibuprofen", MedicationStatus.Stopped, "400 mg");
        Medication(draft, "sumatriptan", MedicationStatus.Started, "50 mg", "oral");
        Diagnosis(draft, "migraine", "G43.909");
        HasActionable(draft, ActionableKind.Note, "headache diary");
    }

    [Fact]
    public async Task RefluxVisit_SwitchStopsOneDrugAndStartsTheOther()
    {
        var (_, draft) = await DraftAsync(EnglishVisits.Reflux, "en");

        Symptom(draft, "heartburn", negated: false, "for two months");
        Symptom(draft, "trouble swallowing", negated: true);
        MedicationsAre(draft, "famotidine", "omeprazole");
        Medication(draft, "famotidine", MedicationStatus.Stopped, "20 mg", frequency: "at night");
        Medication(draft, "omeprazole", MedicationStatus.Started, "20 mg", frequency: "once daily");
        Diagnosis(draft, "gastroesophageal reflux disease", "K21.9");
        HasActionable(draft, ActionableKind.Referral, "gastroenterology");
        Assert.Null(draft.FollowUp);
    }

    [Fact]
    public async Task CholesterolVisit_ReadsStoppedStatinAndMeasurements()
    {
        var (_, draft) = await DraftAsync(EnglishVisits.Cholesterol, "en");

        Vital(draft, VitalKind.Weight, "88.5", "kg");
        Vital(draft, VitalKind.Height, "178", "cm");
        Vital(draft, VitalKind.HeartRate, "66", "bpm");
        MedicationsAre(draft, "simvastatin", "rosuvastatin", "aspirin");
        Medication(draft, "simvastatin", MedicationStatus.Stopped);
        Medication(draft, "rosuvastatin", MedicationStatus.Started, "5 mg", frequency: "once daily");
        Medication(draft, "aspirin", MedicationStatus.Current, "81 mg", frequency: "once daily");
        Diagnosis(draft, "hyperlipidemia", "E78.5");
        HasActionable(draft, ActionableKind.Order, "lipid panel");
        HasActionable(draft, ActionableKind.FollowUp, "three months");
    }

    [Fact]
    public async Task PalpitationsVisit_ReadsDeniesNeverAndWithout()
    {
        var (_, draft) = await DraftAsync(EnglishVisits.Palpitations, "en");

        Assert.Equal("palpitations since last week", draft.ChiefComplaint?.Text);
        var chestPain = Symptom(draft, "chest pain", negated: true);
        Assert.Equal(2, chestPain.Evidence.Count);
        Symptom(draft, "fainting", negated: true);
        Symptom(draft, "dizziness", negated: true);
        Assert.DoesNotContain(draft.Symptoms, s => !s.Negated && s.Name != "palpitations");
        Vital(draft, VitalKind.HeartRate, "104", "bpm");
        Vital(draft, VitalKind.OxygenSaturation, "98", "%");
        Assert.Equal("blood pressure 146/92", Assert.Single(draft.Vitals, v => v.Kind == VitalKind.BloodPressure).Evidence[0].Quote);
        MedicationsAre(draft, "metoprolol");
        Medication(draft, "metoprolol", MedicationStatus.Started, "25 mg", "oral", "twice daily");
        Diagnosis(draft, "atrial fibrillation", "I48.91");
        HasActionable(draft, ActionableKind.Referral, "cardiology");
        HasActionable(draft, ActionableKind.Order, "echocardiogram");
        HasActionable(draft, ActionableKind.Note, "energy drinks");
    }

    [Theory]
    [InlineData("Doctor: I will start lisinopril 10 mg once daily.")]
    [InlineData("Doctor: I'll start you on lisinopril 10 mg once daily.")]
    [InlineData("Doctor: We're going to start lisinopril 10 mg once daily.")]
    [InlineData("Doctor: Let's start lisinopril 10 mg once daily.")]
    [InlineData("Doctor: Lisinopril 10 mg once daily, starting today.")]
    [InlineData("Doctor: I am going to prescribe lisinopril 10 mg once daily.")]
    public async Task DrugTheDoctorIsAboutToStart_IsStartedNotCurrent(string transcript)
    {
        var (_, draft) = await DraftAsync(transcript, "en");

        Medication(draft, "lisinopril", MedicationStatus.Started, "10 mg", frequency: "once daily");
        HasActionable(draft, ActionableKind.Prescription, "lisinopril");
    }
}
