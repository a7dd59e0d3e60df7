using System.Text;
using Mesh.Grains.Reports;

namespace Mesh.Grains.Tests.Reports;

public sealed class ReportPdfRendererTests
{
    private readonly ReportPdfRenderer _renderer = new();

    [Fact]
    public async Task Render_TwoPageReport_KeepsHungarianAndGermanTextIntact()
    {
        var pdf = _renderer.Render(SampleReports.TwoPages());

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        var text = await Poppler.ExtractTextAsync(pdf);
        Assert.Contains(SampleReports.PatientName, text);
        Assert.Contains(SampleReports.DoctorName, text);
        Assert.Contains(SampleReports.SigningDoctor, text);
        Assert.Contains("Amoxicillin/Clavulansäure", text);
        Assert.Contains("Straße 5, Größe", text);
        Assert.Contains("Page 1 of 2", text);
        Assert.Contains("Page 2 of 2", text);
        Assert.Contains("R-2026-0042", text);
        Assert.Contains("amends version 1", text);
    }

    [Fact]
    public async Task Render_VeryLongSection_FlowsOntoSeveralPagesWithoutLosingText()
    {
        var pdf = _renderer.Render(SampleReports.LongSection(paragraphs: 150));

        var text = await Poppler.ExtractTextAsync(pdf);
        var pages = Poppler.PageCount(text);
        Assert.True(pages >= 4, $"expected the section to flow onto several pages, got {pages}");
        Assert.Contains($"Page {pages} of {pages}", text);
        Assert.Contains("Paragraph 1:", text);
        Assert.Contains("Paragraph 75:", text);
        Assert.Contains("Paragraph 150:", text);
        Assert.Contains(SampleReports.SigningDoctor, text);
    }

    [Fact]
    public async Task Render_LongMedicationList_RepeatsTableHeaderOnEveryPage()
    {
        var medications = Enumerable.Range(1, 90)
            .Select(i => new ReportMedication($"Medication-{i:000}", "10 mg", "oral", "once daily", "active"))
            .ToArray();

        var pdf = _renderer.Render(SampleReports.Create([], medications));

        var pages = (await Poppler.ExtractTextAsync(pdf)).Split('\f', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(pages.Length >= 3, $"expected the table to span pages, got {pages.Length}");
        Assert.All(pages.Where(page => page.Contains("Medication-", StringComparison.Ordinal)),
            page => Assert.Contains("Frequency", page));
        Assert.Contains("Medication-090", pages[^1] + pages[^2]);
    }

    [Fact]
    public async Task Render_UnbrokenLongWord_IsSplitInsteadOfRunningOffThePage()
    {
        var word = string.Concat(Enumerable.Repeat("Ő", 400));
        var pdf = _renderer.Render(SampleReports.Create([ReportSection.Text("Code", word)], []));

        var text = await Poppler.ExtractTextAsync(pdf);
        Assert.Equal(400, text.Count(c => c == 'Ő'));
    }

    [Fact]
    public async Task Render_FromManyThreadsAtOnce_ProducesTheSameReadableDocument()
    {
        var report = SampleReports.TwoPages();

        var pdfs = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => _renderer.Render(report))));

        var texts = await Task.WhenAll(pdfs.Select(Poppler.ExtractTextAsync));
        Assert.Single(texts.Distinct());
        Assert.Contains(SampleReports.PatientName, texts[0]);
        Assert.Contains("Page 2 of 2", texts[0]);
    }

    [Fact]
    public async Task Render_SameReportWithSeparateRenderers_ReadsTheSame()
    {
        var first = new ReportPdfRenderer().Render(SampleReports.TwoPages());
        var second = new ReportPdfRenderer().Render(SampleReports.TwoPages());

        // PDFsharp names font subsets and XMP ids at random, so the bytes differ; what a reader sees does not.
        Assert.Equal(await Poppler.ExtractTextAsync(first), await Poppler.ExtractTextAsync(second));
        Assert.Equal((await Poppler.InfoAsync(first)).Output, (await Poppler.InfoAsync(second)).Output);
        Assert.NotEqual(
            await Poppler.ExtractTextAsync(first),
            await Poppler.ExtractTextAsync(_renderer.Render(SampleReports.LongSection(paragraphs: 3))));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(150, 5)]
    public async Task Render_AnyLength_OpensInPdfinfoWithoutWarningsAndRightPageCount(int paragraphs, int minimumPages)
    {
        var pdf = paragraphs == 0 ? _renderer.Render(SampleReports.Create([], [])) : _renderer.Render(SampleReports.LongSection(paragraphs));

        var info = await Poppler.InfoAsync(pdf);
        var text = await Poppler.ExtractTextAsync(pdf);

        Assert.Equal(0, info.ExitCode);
        Assert.Equal(string.Empty, info.Error);
        var pages = Poppler.PageCount(text);
        Assert.True(pages >= minimumPages, $"expected at least {minimumPages} pages, got {pages}");
        Assert.Matches($@"(?m)^Pages:\s+{pages}$", info.Output);
        Assert.Matches(@"(?m)^Creator:\s+Mesh$", info.Output);
        Assert.Matches(@"(?m)^CreationDate:\s+.*Nov 20 \d\d:30:00 2026", info.Output);
        Assert.Contains("Page size:       595.28 x 841.89 pts (A4)", info.Output);
    }

    [Fact]
    public async Task Render_TwoPageReport_CarriesNoThirdPartyLicenseStamp()
    {
        var pdf = _renderer.Render(SampleReports.TwoPages());

        var text = await Poppler.ExtractTextAsync(pdf);
        var info = await Poppler.InfoAsync(pdf);

        // PDFsharp always names itself as the producer (6.2.4 is MIT; 6.5.0 names the AGPL), but never on a page.
        Assert.DoesNotContain("AGPL", text + info.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("PDFsharp", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"Title:           Mesh Klinika Budapest: {SampleReports.PatientName}", info.Output);
        Assert.Matches(@"(?m)^Creator:\s+Mesh$", info.Output);
    }

    [Fact]
    public async Task Render_FirstPage_RastersToPngWithoutErrors()
    {
        var png = await Poppler.RenderFirstPageAsync(_renderer.Render(SampleReports.TwoPages()));

        Assert.True(png.Length > 1000, $"PNG is only {png.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }
}
