using Mesh.Grains.Reports.Pdf;

namespace Mesh.Grains.Reports;

/// <summary>A face at a size, with the line metrics the layout needs.</summary>
internal sealed class ReportFont
{
    public ReportFont(PdfFont pdfFont, double size)
    {
        PdfFont = pdfFont;
        Size = size;
        var metrics = pdfFont.Face.Metrics;
        Ascent = metrics.Ascender * size / metrics.UnitsPerEm;
        Height = (metrics.Ascender - metrics.Descender + metrics.LineGap) * size / metrics.UnitsPerEm;
    }

    public PdfFont PdfFont { get; }

    public double Size { get; }

    /// <summary>Distance from the top of a line to its baseline.</summary>
    public double Ascent { get; }

    /// <summary>Line spacing: ascent, descent and line gap.</summary>
    public double Height { get; }

    public double Measure(ReadOnlySpan<char> text) => PdfFont.Face.Measure(text, Size);
}
