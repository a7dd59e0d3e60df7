using Mesh.Grains.Scribe;

namespace Mesh.Grains.Tests.Scribe;

public sealed class GroundingValidatorTests
{
    private static readonly Transcript Visit = TranscriptParser.Parse(
        """
        Patient: I take metformin 500 mg twice a day and I have a cough.
        Patient: I'm allergic to penicillin.
        Nurse: Blood pressure 130 over 85.
        """);

    private static Evidence Span(string segmentId, string quote)
    {
        var text = Visit.Segments.Single(s => s.Id == segmentId).Text;
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        return new Evidence(segmentId, start, start + quote.Length, quote);
    }

    private static ClinicalDraft Draft(
        IReadOnlyList<MedicationItem>? medications = null,
        IReadOnlyList<SymptomItem>? symptoms = null,
        IReadOnlyList<AllergyItem>? allergies = null,
        IReadOnlyList<VitalItem>? vitals = null) =>
        ClinicalDraft.Empty with
        {
            Medications = medications ?? [],
            Symptoms = symptoms ?? [],
            Allergies = allergies ?? [],
            Vitals = vitals ?? [],
        };

    private static MedicationItem Metformin(params Evidence[] evidence) =>
        new("metformin", "500 mg", null, "twice daily", MedicationStatus.Current, evidence);

    [Fact]
    public void Validate_KeepsGroundedItemsWithoutWarnings()
    {
        var draft = Draft(
            [Metformin(Span("s1", "metformin 500 mg"))],
            [new SymptomItem("cough", false, null, [Span("s1", "cough")])],
            [new AllergyItem("penicillin", null, [Span("s2", "allergic to penicillin")])],
            [new VitalItem(VitalKind.BloodPressure, "130/85", "mmHg", [Span("s3", "Blood pressure 130 over 85")])]);

        var result = GroundingValidator.Validate(draft, Visit);

        Assert.Empty(result.Warnings);
        Assert.Single(result.Draft.Medications);
        Assert.Single(result.Draft.Symptoms);
        Assert.Single(result.Draft.Allergies);
        Assert.Single(result.Draft.Vitals);
    }

    [Fact]
    public void Validate_DropsTamperedQuote()
    {
        var real = Span("s1", "metformin 500 mg");
        var result = GroundingValidator.Validate(Draft([Metformin(real with { Quote = "metformin 850 mg" })]), Visit);

        Assert.Empty(result.Draft.Medications);
        Assert.Contains("medication 'metformin'", Assert.Single(result.Warnings), StringComparison.Ordinal);
        Assert.Contains("is not the text", result.Warnings[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 5)]
    [InlineData(5, 5)]
    [InlineData(10, 500)]
    public void Validate_DropsOutOfRangeSpan(int start, int end)
    {
        var result = GroundingValidator.Validate(Draft([Metformin(new Evidence("s1", start, end, "metformin"))]), Visit);

        Assert.Empty(result.Draft.Medications);
        Assert.Contains("outside segment 's1'", Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DropsUnknownSegment()
    {
        var result = GroundingValidator.Validate(Draft([Metformin(Span("s1", "metformin") with { SegmentId = "s99" })]), Visit);

        Assert.Empty(result.Draft.Medications);
        Assert.Contains("unknown segment 's99'", Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DropsMedicationWhoseNameIsNotQuoted()
    {
        var invented = new MedicationItem("glipizide", "500 mg", null, null, MedicationStatus.Current, [Span("s1", "500 mg twice a day")]);

        var result = GroundingValidator.Validate(Draft([invented, Metformin(Span("s1", "metformin"))]), Visit);

        Assert.Equal("metformin", Assert.Single(result.Draft.Medications).Name);
        Assert.Contains("'glipizide' does not occur", Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DropsSymptomAllergyAndVitalWithoutTheirKeyTerm()
    {
        var draft = Draft(
            symptoms: [new SymptomItem("fever", false, null, [Span("s1", "cough")])],
            allergies: [new AllergyItem("sulfa", null, [Span("s2", "allergic to penicillin")])],
            vitals: [new VitalItem(VitalKind.BloodPressure, "140/90", "mmHg", [Span("s3", "Blood pressure 130 over 85")])]);

        var result = GroundingValidator.Validate(draft, Visit);

        Assert.Empty(result.Draft.Symptoms);
        Assert.Empty(result.Draft.Allergies);
        Assert.Empty(result.Draft.Vitals);
        Assert.Equal(3, result.Warnings.Count);
    }

    [Fact]
    public void Validate_AcceptsKeyTermWithDifferentCaseAccentsAndHungarianEnding()
    {
        var transcript = TranscriptParser.Parse("Beteg: Lázam nem volt. LIZINOPRILT szedek.");
        var text = transcript.Segments[0].Text;
        var drug = text.IndexOf("LIZINOPRILT", StringComparison.Ordinal);
        var draft = Draft(
            [new MedicationItem("lizinopril", null, null, null, MedicationStatus.Current, [new Evidence("s1", drug, drug + 11, "LIZINOPRILT")])],
            [new SymptomItem("láz", true, null, [new Evidence("s1", 0, 14, text[..14])])]);

        var result = GroundingValidator.Validate(draft, transcript);

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Validate_DoesNotTakeOneDrugForAnotherWithTheSameStem()
    {
        var transcript = TranscriptParser.Parse("Doctor: Start prednisolone 20 mg daily.");
        var quote = new Evidence("s1", 6, 18, "prednisolone");
        var draft = Draft([new MedicationItem("prednisone", null, null, null, MedicationStatus.Started, [quote])]);

        var result = GroundingValidator.Validate(draft, transcript);

        Assert.Empty(result.Draft.Medications);
    }

    [Fact]
    public void Validate_DropsChiefComplaintAndPlanWithBadEvidenceButKeepsTheRest()
    {
        var draft = ClinicalDraft.Empty with
        {
            ChiefComplaint = new TextItem("cough", [new Evidence("s1", 0, 3, "xyz")]),
            Plan = [new TextItem("allergy noted", [Span("s2", "allergic to penicillin")]), new TextItem("invented", [])],
        };

        var result = GroundingValidator.Validate(draft, Visit);

        Assert.Null(result.Draft.ChiefComplaint);
        Assert.Equal("allergy noted", Assert.Single(result.Draft.Plan).Text);
        Assert.Equal(2, result.Warnings.Count);
    }
}
