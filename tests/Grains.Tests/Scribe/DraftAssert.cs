using Mesh.Grains.Scribe;

namespace Mesh.Grains.Tests.Scribe;

/// <summary>Assertions on drafts: exact evidence, expected facts with their attributes, nothing invented.</summary>
internal static class DraftAssert
{
    public static async Task<(Transcript Transcript, ClinicalDraft Draft)> DraftAsync(string visit, string language, PatientFacts? facts = null)
    {
        var transcript = TranscriptParser.Parse(visit);
        var draft = await new OfflineClinicalExtractor().ExtractAsync(transcript, new ExtractionContext(language, facts), CancellationToken.None);
        Grounded(transcript, draft);
        return (transcript, draft);
    }

    /// <summary>Every evidence span quotes its segment exactly, and the validator finds nothing to drop.</summary>
    public static void Grounded(Transcript transcript, ClinicalDraft draft)
    {
        foreach (var evidence in AllEvidence(draft))
        {
            var segment = Assert.Single(transcript.Segments, s => s.Id == evidence.SegmentId);
            Assert.Equal(segment.Text.Substring(evidence.Start, evidence.End - evidence.Start), evidence.Quote);
        }

        var result = GroundingValidator.Validate(draft, transcript);
        Assert.Empty(result.Warnings);
    }

    public static void MedicationsAre(ClinicalDraft draft, params string[] names) =>
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), draft.Medications.Select(m => m.Name).Order(StringComparer.OrdinalIgnoreCase));

    public static MedicationItem Medication(
        ClinicalDraft draft, string name, MedicationStatus status, string? dose = null, string? route = null, string? frequency = null)
    {
        var medication = Assert.Single(draft.Medications, m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(status, medication.Status);
        if (dose is not null)
        {
            Assert.Equal(dose, medication.Dose);
        }

        if (route is not null)
        {
            Assert.Equal(route, medication.Route);
        }

        if (frequency is not null)
        {
            Assert.Equal(frequency, medication.Frequency);
        }

        return medication;
    }

    public static SymptomItem Symptom(ClinicalDraft draft, string name, bool negated, string? duration = null)
    {
        var symptom = Assert.Single(draft.Symptoms, s => s.Name == name && s.Negated == negated);
        if (duration is not null)
        {
            Assert.Equal(duration, symptom.Duration);
        }

        return symptom;
    }

    public static void Vital(ClinicalDraft draft, VitalKind kind, string value, string unit)
    {
        var vital = Assert.Single(draft.Vitals, v => v.Kind == kind && v.Value == value);
        Assert.Equal(unit, vital.Unit);
    }

    public static AllergyItem Allergy(ClinicalDraft draft, string substance, string? reaction)
    {
        var allergy = Assert.Single(draft.Allergies, a => a.Substance == substance);
        Assert.Equal(reaction, allergy.Reaction);
        return allergy;
    }

    public static void Diagnosis(ClinicalDraft draft, string text, string icd10)
    {
        var diagnosis = Assert.Single(draft.Diagnoses, d => d.Icd10 == icd10);
        Assert.Equal(text, diagnosis.Text);
    }

    public static void HasActionable(ClinicalDraft draft, ActionableKind kind, string textPart) =>
        Assert.Contains(draft.Actionables, a => a.Kind == kind && a.Text.Contains(textPart, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<Evidence> AllEvidence(ClinicalDraft draft) =>
        new[] { draft.ChiefComplaint, draft.FollowUp }.OfType<TextItem>().SelectMany(i => i.Evidence)
            .Concat(draft.Symptoms.SelectMany(s => s.Evidence))
            .Concat(draft.Vitals.SelectMany(v => v.Evidence))
            .Concat(draft.Medications.SelectMany(m => m.Evidence))
            .Concat(draft.Allergies.SelectMany(a => a.Evidence))
            .Concat(draft.Diagnoses.SelectMany(d => d.Evidence))
            .Concat(draft.Plan.SelectMany(p => p.Evidence))
            .Concat(draft.Actionables.SelectMany(a => a.Evidence));
}
