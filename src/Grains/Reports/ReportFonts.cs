using PdfSharp.Drawing;

namespace Mesh.Grains.Reports;

/// <summary>The handful of faces a report uses; created per render because XFont is not documented as thread-safe.</summary>
internal sealed class ReportFonts
{
    public XFont Title { get; } = Create(16, XFontStyleEx.Bold);
    public XFont Heading { get; } = Create(12, XFontStyleEx.Bold);
    public XFont Body { get; } = Create(10, XFontStyleEx.Regular);
    public XFont BodyBold { get; } = Create(10, XFontStyleEx.Bold);
    public XFont Small { get; } = Create(8, XFontStyleEx.Regular);

    private static XFont Create(double size, XFontStyleEx style) =>
        new(EmbeddedFontResolver.FamilyName, size, style, XPdfFontOptions.UnicodeDefault);
}
