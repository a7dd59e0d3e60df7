using System.Globalization;
using PdfSharp.Drawing;

namespace Mesh.Grains.Reports;

/// <summary>
/// Renders a finalized report as an A4 PDF with embedded DejaVu Sans, so any script the clinic writes in
/// (Hungarian ő/ű, German ß, accents) prints as typed. Thread-safe: each call builds its own document.
/// </summary>
public sealed class ReportPdfRenderer
{
    private const double ParagraphGap = 4;
    private const double SectionGap = 10;
    private const double BulletIndent = 14;

    /// <summary>Creates a renderer; fails fast when the PDFsharp license has not been chosen.</summary>
    public ReportPdfRenderer(ReportRenderingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        PdfSharpSetup.EnsureInitialized(options);
    }

    /// <summary>Renders <paramref name="report"/> and returns the PDF bytes.</summary>
    public byte[] Render(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var fonts = new ReportFonts();
        using var canvas = new ReportCanvas();

        WriteHeader(canvas, fonts, report);
        foreach (var section in report.Sections)
        {
            WriteSection(canvas, fonts, section);
        }

        if (report.Medications.Count > 0)
        {
            WriteHeading(canvas, fonts, "Medications");
            MedicationTable.Draw(canvas, fonts, report.Medications);
            canvas.Advance(SectionGap);
        }

        WriteSignature(canvas, fonts, report.Signature);

        var footer = $"Report {report.ReportId} · version {report.Version.ToString(CultureInfo.InvariantCulture)}";
        return canvas.Finish($"{report.ClinicName}: {report.Patient.Name}", report.FinalizedAt, (graphics, area, page, count) =>
        {
            graphics.DrawString(footer, fonts.Small, XBrushes.DimGray, area, XStringFormats.TopLeft);
            graphics.DrawString(
                string.Create(CultureInfo.InvariantCulture, $"Page {page} of {count}"),
                fonts.Small, XBrushes.DimGray, area, XStringFormats.TopRight);
        });
    }

    private static void WriteHeader(ReportCanvas canvas, ReportFonts fonts, ReportDocument report)
    {
        WriteWrapped(canvas, fonts.Title, report.ClinicName, 0);
        canvas.Advance(2);
        canvas.Rule(canvas.Left, canvas.Width);
        canvas.Advance(6);

        var patient = report.Patient;
        WriteWrapped(canvas, fonts.BodyBold, $"Patient: {patient.Name}", 0);
        WriteWrapped(canvas, fonts.Body, $"Born: {Date(patient.BirthDate)}    Patient ID: {patient.PatientId}", 0);
        WriteWrapped(canvas, fonts.Body, $"Doctor: {report.DoctorName}", 0);
        WriteWrapped(canvas, fonts.Body, $"Visit date: {Date(report.VisitDate)}    Finalized: {Time(report.FinalizedAt)}", 0);
        if (report.AmendsVersion is { } amended)
        {
            canvas.Advance(ParagraphGap);
            WriteWrapped(canvas, fonts.BodyBold,
                $"This version amends version {amended.ToString(CultureInfo.InvariantCulture)} of the report.", 0);
        }

        canvas.Advance(SectionGap);
    }

    private static void WriteSection(ReportCanvas canvas, ReportFonts fonts, ReportSection section)
    {
        WriteHeading(canvas, fonts, section.Title);
        foreach (var paragraph in section.Paragraphs)
        {
            WriteWrapped(canvas, fonts.Body, paragraph, 0);
            canvas.Advance(ParagraphGap);
        }

        foreach (var bullet in section.Bullets)
        {
            canvas.EnsureSpace(fonts.Body.GetHeight());
            canvas.Text("•", fonts.Body, canvas.Left + 4, BulletIndent, XStringFormats.TopLeft);
            WriteWrapped(canvas, fonts.Body, bullet, BulletIndent);
        }

        canvas.Advance(SectionGap);
    }

    private static void WriteHeading(ReportCanvas canvas, ReportFonts fonts, string title)
    {
        // Keep a heading with at least two lines of its body rather than stranding it at a page bottom.
        canvas.EnsureSpace(fonts.Heading.GetHeight() + (3 * fonts.Body.GetHeight()));
        WriteWrapped(canvas, fonts.Heading, title, 0);
        canvas.Advance(ParagraphGap);
    }

    private static void WriteSignature(ReportCanvas canvas, ReportFonts fonts, ReportSignature signature)
    {
        canvas.EnsureSpace(40 + (2 * fonts.Body.GetHeight()));
        canvas.Advance(24);
        canvas.Rule(canvas.Left, 220);
        canvas.Advance(3);
        WriteWrapped(canvas, fonts.BodyBold, $"Signed: {signature.DoctorName}", 0);
        WriteWrapped(canvas, fonts.Body, $"Signed at: {Time(signature.SignedAt)}", 0);
    }

    private static void WriteWrapped(ReportCanvas canvas, XFont font, string text, double indent)
    {
        var width = canvas.Width - indent;
        var lineHeight = font.GetHeight();
        foreach (var line in TextWrapper.Wrap(text, width, candidate => canvas.Measure(candidate, font)))
        {
            canvas.EnsureSpace(lineHeight);
            canvas.Text(line, font, canvas.Left + indent, width, XStringFormats.TopLeft);
            canvas.Advance(lineHeight);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture);
}
