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
    public async Task Render_FromManyThreadsAtOnce_ProducesIdenticalReadableDocuments()
    {
        var report = SampleReports.TwoPages();

        var pdfs = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => _renderer.Render(report))));

        foreach (var pdf in pdfs.DistinctBy(ReportHash.Sha256Hex).Take(3))
        {
            var text = await Poppler.ExtractTextAsync(pdf);
            Assert.Contains(SampleReports.PatientName, text);
            Assert.Contains("Page 2 of 2", text);
        }
    }
}
