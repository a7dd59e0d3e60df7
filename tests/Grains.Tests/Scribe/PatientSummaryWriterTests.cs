using Mesh.Grains.Scribe;

namespace Mesh.Grains.Tests.Scribe;

public sealed class PatientSummaryWriterTests
{
    [Fact]
    public async Task Write_EnglishSummaryTellsMedicineChangesAndFollowUp()
    {
        var (_, draft) = await DraftAssert.DraftAsync(EnglishVisits.Hypertension, "en");

        var summary = PatientSummaryWriter.Write(draft, "en-US");

        Assert.Equal("en", summary.Language);
        Assert.Empty(summary.Warnings);
        Assert.Contains("## Your medicines", summary.Markdown, StringComparison.Ordinal);
        Assert.Contains("**Change how you take:** lisinopril – 20 mg, once daily.", summary.Markdown, StringComparison.Ordinal);
        Assert.Contains("**Stop taking:** ibuprofen.", summary.Markdown, StringComparison.Ordinal);
        Assert.Contains("**Start taking:** acetaminophen", summary.Markdown, StringComparison.Ordinal);
        Assert.Contains("Come back in four weeks", summary.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Stopped: ibuprofen", summary.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_HungarianSummaryIsInHungarianWithAccents()
    {
        var (_, draft) = await DraftAssert.DraftAsync(HungarianVisits.Bronchitis, "hu");

        var summary = PatientSummaryWriter.Write(draft, "hu-HU");

        Assert.Equal("hu", summary.Language);
        Assert.Empty(summary.Warnings);
        Assert.Contains("Az Ön gyógyszerei", summary.Markdown, StringComparison.Ordinal);
        Assert.Contains("**Új gyógyszer, kezdje el szedni:** azitromicin – 500 mg, naponta egyszer.", summary.Markdown, StringComparison.Ordinal);
        Assert.Contains("**Kontroll:** Kontroll két hét múlva", summary.Markdown, StringComparison.Ordinal);
        Assert.Contains("Testhőmérséklet 37,2 °C", summary.Markdown, StringComparison.Ordinal);
        Assert.Contains("Elmondása szerint nincs:** láz", summary.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_UnknownLanguageFallsBackToEnglishWithWarning()
    {
        var (_, draft) = await DraftAssert.DraftAsync(EnglishVisits.AcuteBronchitis, "en");

        var summary = PatientSummaryWriter.Write(draft, "de");

        Assert.Equal("en", summary.Language);
        Assert.Contains("'de'", Assert.Single(summary.Warnings), StringComparison.Ordinal);
        Assert.Contains("# Your visit summary", summary.Markdown, StringComparison.Ordinal);
        Assert.Contains("azithromycin", summary.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EmptyDraftSaysNothingWasPlanned()
    {
        var summary = PatientSummaryWriter.Write(ClinicalDraft.Empty, "en");

        Assert.Contains("We did not talk about any medicines.", summary.Markdown, StringComparison.Ordinal);
        Assert.Contains("Nothing else was planned.", summary.Markdown, StringComparison.Ordinal);
    }
}
