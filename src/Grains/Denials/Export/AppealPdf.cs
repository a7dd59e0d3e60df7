using Mesh.Grains.Reports;
using PdfSharp.Pdf;

namespace Mesh.Grains.Denials.Export;

/// <summary>The appeal letter as a PDF, laid out with the report renderer's canvas, fonts and wrapping.</summary>
public static class AppealPdf
{
    /// <summary>The PDF bytes of <paramref name="appeal"/>.</summary>
    public static byte[] Build(AppealVersion appeal)
    {
        var layout = AppealLayout.Of(appeal);
        using var fonts = new ReportFonts();
        var document = new PdfDocument();
        document.Info.Title = layout.Subject;
        var canvas = new ReportCanvas(document);
        Block(canvas, layout.Sender, fonts.Body);
        Gap(canvas, fonts.Body);
        Block(canvas, [layout.Date], fonts.Body);
        Gap(canvas, fonts.Body);
        Block(canvas, layout.Recipient, fonts.Body);
        Gap(canvas, fonts.Body);
        Block(canvas, layout.Reference, fonts.Body);
        Gap(canvas, fonts.Body);
        Block(canvas, [layout.Subject], fonts.BodyBold);
        Gap(canvas, fonts.Body);
        foreach (var paragraph in layout.Paragraphs)
        {
            Block(canvas, [paragraph], fonts.Body);
            Gap(canvas, fonts.Body);
        }

        Block(canvas, [layout.SignOff], fonts.BodyBold);
        return canvas.Finish(layout.Footer, fonts.Small);
    }

    /// <summary>Writes each text wrapped to the page width, one line under the other.</summary>
    internal static void Block(ReportCanvas canvas, IEnumerable<string> texts, ReportFont font)
    {
        foreach (var line in texts.SelectMany(text => TextWrapper.Wrap(text, canvas.Width, font)))
        {
            canvas.EnsureSpace(font.Height);
            canvas.Text(line, font, canvas.Left);
            canvas.Advance(font.Height);
        }
    }

    private static void Gap(ReportCanvas canvas, ReportFont font) => canvas.Advance(font.Height * 0.6);
}
