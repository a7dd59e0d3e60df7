using PdfSharp.Drawing;

namespace Mesh.Grains.Reports;

/// <summary>A face at a size, with the line metrics the layout needs.</summary>
internal sealed class ReportFont
{
    private readonly XGraphics _measure;

    /// <param name="font">The PDFsharp font.</param>
    /// <param name="measure">Where widths are measured; PDFsharp measures text only through a graphics surface.</param>
    public ReportFont(XFont font, XGraphics measure)
    {
        Font = font;
        _measure = measure;
        var metrics = font.Metrics;
        Ascent = metrics.Ascent * font.Size / metrics.UnitsPerEm;
        Height = font.GetHeight();
    }

    public XFont Font { get; }

    public double Size => Font.Size;

    /// <summary>Distance from the top of a line to its baseline.</summary>
    public double Ascent { get; }

    /// <summary>Line spacing: ascent, descent and line gap.</summary>
    public double Height { get; }

    public double Measure(string text) => _measure.MeasureString(text, Font).Width;
}
