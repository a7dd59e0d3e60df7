using Mesh.Grains.Reports.Pdf;

namespace Mesh.Grains.Reports;

/// <summary>The handful of faces and sizes a report uses, registered with one document.</summary>
internal sealed class ReportFonts
{
    public ReportFonts(PdfDocument document)
    {
        var regular = document.AddFont(ReportTypefaces.Regular);
        var bold = document.AddFont(ReportTypefaces.Bold);
        Title = new ReportFont(bold, 16);
        Heading = new ReportFont(bold, 12);
        Body = new ReportFont(regular, 10);
        BodyBold = new ReportFont(bold, 10);
        Small = new ReportFont(regular, 8);
    }

    public ReportFont Title { get; }

    public ReportFont Heading { get; }

    public ReportFont Body { get; }

    public ReportFont BodyBold { get; }

    public ReportFont Small { get; }
}
