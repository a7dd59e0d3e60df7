using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using Mesh.Grains.Denials;
using Mesh.Grains.Denials.Appeals;
using Mesh.Grains.Denials.Export;
using Mesh.Grains.Tests.Reports;

namespace Mesh.Grains.Tests.Denials;

public sealed class AppealExportTests
{
    private static AppealVersion Approved()
    {
        var facts = SampleDenials.Facts();
        return new AppealVersion(
            "A9", "D-C100-2", 3, AppealKind.Authorization, AppealStatus.Approved, facts, AppealTemplates.Write(AppealKind.Authorization, facts),
            "biller-1", new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero), "biller-2", new DateTimeOffset(2025, 5, 2, 9, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Docx_ReadsBackWithTheLetter()
    {
        var appeal = Approved();
        var (content, type, name, version) = AppealExport.Build(appeal, AppealExportFormat.Docx);

        using var document = WordprocessingDocument.Open(new MemoryStream(content), isEditable: false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.Equal(("appeal-A9-v3.docx", 3), (name, version));
        Assert.Contains("wordprocessingml", type);
        Assert.Contains(appeal.Letter.Subject, text);
        Assert.Contains("Payer claim number: PAY-778899", text);
        Assert.Contains("CO-197", text);
        Assert.Contains("Approved by biller-2 on May 2, 2025", text);
        Assert.Contains("Appeal A9, version 3", text);
    }

    [Fact]
    public async Task Pdf_ReadsBackWithPdftotext()
    {
        var appeal = Approved();

        var text = await Poppler.ExtractTextAsync(AppealExport.Build(appeal, AppealExportFormat.Pdf).Content);
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        Assert.Contains(appeal.Letter.Subject, flat);
        Assert.Contains("$1,450.00", flat);
        Assert.Contains("R-2025-0042, version 2", flat);
        Assert.Contains("Approved by biller-2", flat);
        Assert.Contains("Page 1 of", flat);
    }

    [Fact]
    public async Task Zip_HoldsTheWordLetterThePdfLetterAndTheFilledDisputeForm()
    {
        var appeal = Approved() with { Status = AppealStatus.Draft, ApprovedBy = null, ApprovedAt = null };

        using var zip = new ZipArchive(new MemoryStream(AppealExport.Build(appeal, AppealExportFormat.Zip).Content));

        Assert.Equal(["appeal-A9-v3-dispute-form.pdf", "appeal-A9-v3.docx", "appeal-A9-v3.pdf"], zip.Entries.Select(entry => entry.FullName).Order().ToArray());
        using var form = new MemoryStream();
        await zip.GetEntry("appeal-A9-v3-dispute-form.pdf")!.Open().CopyToAsync(form);
        var text = string.Join(' ', (await Poppler.ExtractTextAsync(form.ToArray())).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Provider Dispute Resolution Request", text);
        // pdftotext reads the label column before the value column of each section.
        Assert.Contains("Payer: Claim number: Payer claim number: Date of service: Billed: Paid: Amount disputed: Denial codes:", text);
        Assert.Contains("Aetna Example (AET) C100 PAY-778899 March 3, 2025 $1,625.00 $175.00 $1,450.00 CO-197", text);
        Assert.Contains("[X] Authorization [ ] MedicalNecessity", text);
        Assert.Contains("not approved (draft)", text);
    }
}
