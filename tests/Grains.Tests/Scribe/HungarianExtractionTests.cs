using Mesh.Grains.Scribe;
using static Mesh.Grains.Tests.Scribe.DraftAssert;

namespace Mesh.Grains.Tests.Scribe;

public sealed class HungarianExtractionTests
{
    [Fact]
    public async Task BronchitisVisit_ReadsInflectedDrugsAndTrailingNegation()
    {
        var (_, draft) = await DraftAsync(HungarianVisits.Bronchitis, "hu");

        Assert.Equal("köhögés négy napja", draft.ChiefComplaint?.Text);
        Symptom(draft, "köhögés", negated: false, "négy napja");
        Symptom(draft, "láz", negated: true);
        Symptom(draft, "torokfájás", negated: false);
        Vital(draft, VitalKind.BloodPressure, "135/85", "mmHg");
        Vital(draft, VitalKind.HeartRate, "88", "bpm");
        Vital(draft, VitalKind.Temperature, "37.2", "°C");
        MedicationsAre(draft, "amlodipin", "azitromicin");
        Medication(draft, "amlodipin", MedicationStatus.Current, "5 mg", frequency: "in the morning");
        Medication(draft, "azitromicin", MedicationStatus.Started, "500 mg", frequency: "once daily");
        Allergy(draft, "penicillin", "csalánkiütés");
        Diagnosis(draft, "akut hörghurut", "J20.9");
        HasActionable(draft, ActionableKind.FollowUp, "két hét");
    }

    [Fact]
    public async Task HypertensionVisit_RaisesLizinoprilAndStopsIbuprofen()
    {
        var (_, draft) = await DraftAsync(HungarianVisits.Hypertension, "hu");

        Symptom(draft, "fejfájás", negated: false);
        Symptom(draft, "szédülés", negated: true);
        Symptom(draft, "mellkasi fájdalom", negated: true);
        Vital(draft, VitalKind.BloodPressure, "162/98", "mmHg");
        Vital(draft, VitalKind.Weight, "97", "kg");
        MedicationsAre(draft, "lizinopril", "ibuprofen");
        Medication(draft, "lizinopril", MedicationStatus.Changed, "20 mg");
        Medication(draft, "ibuprofen", MedicationStatus.Stopped);
        Diagnosis(draft, "magas vérnyomás", "I10");
        HasActionable(draft, ActionableKind.Order, "laborvizsgálat");
        HasActionable(draft, ActionableKind.FollowUp, "egy hónap");
    }

    [Fact]
    public async Task DiabetesVisit_StopsMetforminStartsSitagliptinAndRefers()
    {
        var (_, draft) = await DraftAsync(HungarianVisits.Diabetes, "hu");

        Symptom(draft, "hasmenés", negated: false);
        Symptom(draft, "hányinger", negated: true);
        Vital(draft, VitalKind.Glucose, "9.1", "mmol/L");
        Vital(draft, VitalKind.Weight, "101", "kg");
        MedicationsAre(draft, "metformin", "szitagliptin");
        Medication(draft, "metformin", MedicationStatus.Stopped, "1000 mg", frequency: "twice daily");
        Medication(draft, "szitagliptin", MedicationStatus.Started, "100 mg", frequency: "once daily");
        Diagnosis(draft, "2-es típusú cukorbetegség", "E11.9");
        HasActionable(draft, ActionableKind.Referral, "dietetikus");
        Assert.DoesNotContain(draft.Actionables, a => a.Kind == ActionableKind.Order);
    }

    [Fact]
    public async Task EarInfectionVisit_ReadsYesNoAnswerAndChildSymptoms()
    {
        var (_, draft) = await DraftAsync(HungarianVisits.EarInfection, "hu");

        Assert.Equal("fülfájás tegnap óta", draft.ChiefComplaint?.Text);
        Symptom(draft, "láz", negated: false);
        var vomiting = Symptom(draft, "hányás", negated: true);
        Assert.Equal(["Hányt", "Nem"], vomiting.Evidence.Select(e => e.Quote));
        Assert.DoesNotContain(draft.Symptoms, s => s.Name == "fájdalom");
        Vital(draft, VitalKind.Temperature, "38.6", "°C");
        Vital(draft, VitalKind.HeartRate, "124", "bpm");
        Assert.Empty(draft.Allergies);
        MedicationsAre(draft, "amoxicillin", "ibuprofen");
        Medication(draft, "amoxicillin", MedicationStatus.Started, "400 mg", frequency: "twice daily");
        Medication(draft, "ibuprofen", MedicationStatus.Started, frequency: "as needed");
        Diagnosis(draft, "középfülgyulladás", "H66.90");
    }

    [Fact]
    public async Task ThyroidVisit_ReadsHyphenatedAllergyAndMicrogramDose()
    {
        var (_, draft) = await DraftAsync(HungarianVisits.Thyroid, "hu");

        Assert.Equal("fáradtság", draft.ChiefComplaint?.Text);
        Vital(draft, VitalKind.OxygenSaturation, "98", "%");
        Vital(draft, VitalKind.Height, "165", "cm");
        Vital(draft, VitalKind.Weight, "74", "kg");
        MedicationsAre(draft, "levotiroxin", "d-vitamin");
        Medication(draft, "levotiroxin", MedicationStatus.Changed, "75 mcg");
        Allergy(draft, "latex", "kiütés");
        Diagnosis(draft, "pajzsmirigy-alulműködés", "E03.9");
        HasActionable(draft, ActionableKind.Order, "TSH");
        HasActionable(draft, ActionableKind.FollowUp, "kontroll");
    }

    [Fact]
    public async Task AceInhibitorCoughVisit_ReplacesEnalaprilWithValsartan()
    {
        var (_, draft) = await DraftAsync(HungarianVisits.AceInhibitorCough, "hu");

        Symptom(draft, "köhögés", negated: false, "két hete");
        Symptom(draft, "nehézlégzés", negated: true);
        Symptom(draft, "mellkasi fájdalom", negated: true);
        Vital(draft, VitalKind.OxygenSaturation, "97", "%");
        MedicationsAre(draft, "enalapril", "valzartán");
        Medication(draft, "enalapril", MedicationStatus.Stopped);
        Medication(draft, "valzartán", MedicationStatus.Started, "80 mg", frequency: "once daily");
        HasActionable(draft, ActionableKind.Referral, "tüdőgyógyászat");
    }

    [Fact]
    public async Task LowBackPainVisit_ReadsTagadjaDiagnosisAndListedPrescriptions()
    {
        var (_, draft) = await DraftAsync(HungarianVisits.LowBackPain, "hu");

        Assert.Equal("derékfájás három napja", draft.ChiefComplaint?.Text);
        Symptom(draft, "zsibbadás", negated: true);
        Symptom(draft, "gyengeség", negated: true);
        Symptom(draft, "láz", negated: true);
        Symptom(draft, "hasi fájdalom", negated: true);
        MedicationsAre(draft, "diklofenák", "paracetamol", "tizanidin");
        Medication(draft, "diklofenák", MedicationStatus.Stopped);
        Medication(draft, "paracetamol", MedicationStatus.Started, "1 g", frequency: "three times daily");
        Medication(draft, "tizanidin", MedicationStatus.Started, "2 mg", frequency: "at night");
        Diagnosis(draft, "deréktáji fájdalom", "M54.50");
        HasActionable(draft, ActionableKind.Referral, "ortopédiára");
        HasActionable(draft, ActionableKind.Prescription, "tizanidin 2 mg lefekvés előtt");
    }
}
