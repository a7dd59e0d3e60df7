using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Mesh.Grains.Reports;

/// <summary>
/// The handful of faces and sizes a report uses, and the surface their widths are measured on. One per render:
/// a PDFsharp graphics surface is not shared between threads.
/// </summary>
internal sealed class ReportFonts : IDisposable
{
    // Unicode encoding writes glyph ids with a ToUnicode map, so ő, ű and ß print and copy out as typed; PDFsharp
    // embeds only the glyphs a document uses.
    private static readonly XPdfFontOptions Embedded = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private readonly XGraphics _measure;

    public ReportFonts()
    {
        ReportFontResolver.Register();
        _measure = XGraphics.CreateMeasureContext(
            new XSize(ReportCanvas.PageWidth, ReportCanvas.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
        Title = Create(XFontStyleEx.Bold, 16);
        Heading = Create(XFontStyleEx.Bold, 12);
        Body = Create(XFontStyleEx.Regular, 10);
        BodyBold = Create(XFontStyleEx.Bold, 10);
        Small = Create(XFontStyleEx.Regular, 8);
    }

    public ReportFont Title { get; }

    public ReportFont Heading { get; }

    public ReportFont Body { get; }

    public ReportFont BodyBold { get; }

    public ReportFont Small { get; }

    public void Dispose() => _measure.Dispose();

    private ReportFont Create(XFontStyleEx style, double size) =>
        new(new XFont(ReportFontResolver.FamilyName, size, style, Embedded), _measure);
}
