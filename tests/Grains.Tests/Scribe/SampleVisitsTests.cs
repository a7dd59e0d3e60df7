using Mesh.Grains.Scribe;

namespace Mesh.Grains.Tests.Scribe;

public sealed class SampleVisitsTests
{
    [Fact]
    public void LongVisit_ReachesTheRequestedWordCount()
    {
        var transcript = SampleVisits.LongVisit(1500);

        var words = transcript.Segments.Sum(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.InRange(words, 1500, 1600);
        Assert.Equal(transcript.Segments.Select(s => s.Text), SampleVisits.LongVisit(1500).Segments.Select(s => s.Text));
    }

    [Fact]
    public async Task LongVisit_ExtractsAGroundedDraft()
    {
        var transcript = SampleVisits.LongVisit(1500);

        var draft = await new OfflineClinicalExtractor().ExtractAsync(transcript, new ExtractionContext("en"), CancellationToken.None);

        DraftAssert.Grounded(transcript, draft);
        DraftAssert.MedicationsAre(draft, "metformin", "lisinopril", "azithromycin");
        DraftAssert.Medication(draft, "lisinopril", MedicationStatus.Changed, "20 mg");
        DraftAssert.Allergy(draft, "penicillin", "hives");
    }
}
