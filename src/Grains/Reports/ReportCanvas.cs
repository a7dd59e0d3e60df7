using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Mesh.Grains.Reports;

/// <summary>
/// A top-to-bottom writing surface over A4 pages: callers reserve height and the canvas starts a new page when
/// the current one is full, so content flows instead of being cut off. Y grows downwards from the top of the page,
/// in points. Footers are drawn last, once the page count is known.
/// </summary>
internal sealed class ReportCanvas
{
    /// <summary>A4 in points (210 mm x 297 mm).</summary>
    public const double PageWidth = 595.28;

    /// <summary>A4 in points (210 mm x 297 mm).</summary>
    public const double PageHeight = 841.89;

    public const double Margin = 50;
    private const double FooterReserve = 28;

    // Per canvas, not static: PDFsharp's pens and brushes are mutable, and renders run in parallel.
    private readonly XPen _rulePen = new(XColor.FromGrayScale(0.5), 0.75);
    private readonly XSolidBrush _footerBrush = new(XColor.FromGrayScale(0.41));

    private readonly PdfDocument _document;
    private XGraphics _page;

    public ReportCanvas(PdfDocument document)
    {
        _document = document;
        _page = NewPage();
    }

    public double Y { get; private set; } = Margin;

    public double Left => Margin;

    public double Width => PageWidth - (2 * Margin);

    private static double Bottom => PageHeight - Margin - FooterReserve;

    /// <summary>Starts a new page unless <paramref name="height"/> still fits; returns true when it started one.</summary>
    public bool EnsureSpace(double height)
    {
        if (Y + height <= Bottom || Y <= Margin)
        {
            return false;
        }

        _page.Dispose();
        _page = NewPage();
        Y = Margin;
        return true;
    }

    public void Advance(double height) => Y += height;

    /// <summary>Draws one line of text whose top is at <paramref name="top"/> (the current Y unless given).</summary>
    public void Text(string text, ReportFont font, double x, double? top = null) =>
        _page.DrawString(text, font.Font, XBrushes.Black, x, (top ?? Y) + font.Ascent, XStringFormats.BaseLineLeft);

    public void FillBand(double height, double gray) =>
        _page.DrawRectangle(new XSolidBrush(XColor.FromGrayScale(gray)), Left, Y, Width, height);

    public void Rule(double x, double width) => _page.DrawLine(_rulePen, x, Y, x + width, Y);

    /// <summary>Stamps every page's footer (<paramref name="footer"/> left, "Page i of n" right) and returns the PDF bytes; the canvas is done after.</summary>
    public byte[] Finish(string footer, ReportFont font)
    {
        _page.Dispose();
        var count = _document.PageCount;
        var baseline = PageHeight - Margin - 12 + font.Ascent;
        for (var i = 0; i < count; i++)
        {
            using var page = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            page.DrawString(footer, font.Font, _footerBrush, Left, baseline, XStringFormats.BaseLineLeft);
            var number = string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {count}");
            page.DrawString(number, font.Font, _footerBrush, Left + Width - font.Measure(number), baseline, XStringFormats.BaseLineLeft);
        }

        using var output = new MemoryStream();
        _document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private XGraphics NewPage()
    {
        // PDFsharp's PageSize.A4 is rounded to whole points (595 x 842); A4 itself is 210 mm x 297 mm.
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        return XGraphics.FromPdfPage(page);
    }
}
