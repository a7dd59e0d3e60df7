using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Mesh.Grains.Reports;

/// <summary>
/// A top-to-bottom writing surface over A4 pages: callers reserve height and the canvas starts a new page when
/// the current one is full, so content flows instead of being cut off. Footers are drawn last, once the page count is known.
/// </summary>
internal sealed class ReportCanvas : IDisposable
{
    public const double Margin = 50;
    private const double FooterReserve = 28;

    private readonly PdfDocument _document = new();
    private XGraphics _graphics;
    private PdfPage _page;
    private bool _finished;

    public ReportCanvas()
    {
        (_page, _graphics) = AddPage();
    }

    public double Y { get; private set; } = Margin;

    public double Left => Margin;

    public double Width => _page.Width.Point - (2 * Margin);

    private double Bottom => _page.Height.Point - Margin - FooterReserve;

    public double Measure(string text, XFont font) => _graphics.MeasureString(text, font).Width;

    /// <summary>Starts a new page unless <paramref name="height"/> still fits; returns true when it started one.</summary>
    public bool EnsureSpace(double height)
    {
        if (Y + height <= Bottom || Y <= Margin)
        {
            return false;
        }

        _graphics.Dispose();
        (_page, _graphics) = AddPage();
        Y = Margin;
        return true;
    }

    public void Advance(double height) => Y += height;

    public void Text(string text, XFont font, double x, double width, XStringFormat format) =>
        _graphics.DrawString(text, font, XBrushes.Black, new XRect(x, Y, width, font.GetHeight()), format);

    public void FillBand(double height, XBrush brush) => _graphics.DrawRectangle(brush, Left, Y, Width, height);

    public void Rule(double x, double width) => _graphics.DrawLine(XPens.Gray, x, Y, x + width, Y);

    /// <summary>Closes the last page, stamps every page's footer, and returns the PDF bytes.</summary>
    public byte[] Finish(string title, DateTimeOffset createdAt, Action<XGraphics, XRect, int, int> drawFooter)
    {
        _graphics.Dispose();
        _finished = true;
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = _document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var area = new XRect(Margin, page.Height.Point - Margin - 12, page.Width.Point - (2 * Margin), 12);
            drawFooter(graphics, area, i + 1, count);
        }

        _document.Info.Title = title;
        _document.Info.Creator = "Mesh";

        // The document date is the finalization time, not the render time, so a re-render describes the same record.
        _document.Info.CreationDate = createdAt.UtcDateTime;
        using var output = new MemoryStream();
        _document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _graphics.Dispose();
        }

        _document.Dispose();
    }

    private (PdfPage Page, XGraphics Graphics) AddPage()
    {
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        return (page, XGraphics.FromPdfPage(page));
    }
}
