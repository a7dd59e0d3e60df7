using System.Globalization;
using Mesh.Grains.Reports.Pdf;

namespace Mesh.Grains.Reports;

/// <summary>
/// A top-to-bottom writing surface over A4 pages: callers reserve height and the canvas starts a new page when
/// the current one is full, so content flows instead of being cut off. Y grows downwards from the top of the page;
/// the canvas turns it into PDF coordinates. Footers are drawn last, once the page count is known.
/// </summary>
internal sealed class ReportCanvas
{
    public const double Margin = 50;
    private const double FooterReserve = 28;
    private const double RuleGray = 0.5;
    private const double FooterGray = 0.41;

    private readonly PdfDocument _document;
    private PdfContent _page;

    public ReportCanvas(PdfDocument document)
    {
        _document = document;
        _page = document.AddPage();
    }

    public double Y { get; private set; } = Margin;

    public double Left => Margin;

    public double Width => PdfDocument.PageWidth - (2 * Margin);

    private static double Bottom => PdfDocument.PageHeight - Margin - FooterReserve;

    /// <summary>Starts a new page unless <paramref name="height"/> still fits; returns true when it started one.</summary>
    public bool EnsureSpace(double height)
    {
        if (Y + height <= Bottom || Y <= Margin)
        {
            return false;
        }

        _page = _document.AddPage();
        Y = Margin;
        return true;
    }

    public void Advance(double height) => Y += height;

    /// <summary>Draws one line of text whose top is at <paramref name="top"/> (the current Y unless given).</summary>
    public void Text(string text, ReportFont font, double x, double? top = null) =>
        _page.Text(font.PdfFont, font.Size, x, PdfDocument.PageHeight - (top ?? Y) - font.Ascent, text);

    public void FillBand(double height, double gray) =>
        _page.FillRectangle(Left, PdfDocument.PageHeight - Y - height, Width, height, gray);

    public void Rule(double x, double width) =>
        _page.Line(x, PdfDocument.PageHeight - Y, x + width, PdfDocument.PageHeight - Y, 0.75, RuleGray);

    /// <summary>Stamps every page's footer (<paramref name="footer"/> left, "Page i of n" right) and returns the PDF bytes.</summary>
    public byte[] Finish(string footer, ReportFont font, PdfDocumentInfo info)
    {
        var count = _document.PageCount;
        var baseline = Margin + 12 - font.Ascent;
        for (var i = 0; i < count; i++)
        {
            var page = _document.Page(i);
            page.Text(font.PdfFont, font.Size, Left, baseline, footer, FooterGray);
            var number = string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {count}");
            page.Text(font.PdfFont, font.Size, Left + Width - font.Measure(number), baseline, number, FooterGray);
        }

        return _document.Save(info);
    }
}
