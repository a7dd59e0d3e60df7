using System.Globalization;
using PdfSharp.Pdf;

namespace Mesh.Grains.Reports;

/// <summary>
/// Renders a finalized report as an A4 PDF with PDFsharp and embedded DejaVu Sans, so any script the clinic writes in
/// (Hungarian ő/ű, German ß, accents) prints as typed. Thread-safe: each call builds its own document.
/// </summary>
public sealed class ReportPdfRenderer
{
    private const double ParagraphGap = 4;
    private const double SectionGap = 10;
    private const double BulletIndent = 14;

    /// <summary>Renders <paramref name="report"/> and returns the PDF bytes.</summary>
    public byte[] Render(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var fonts = new ReportFonts();
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = true;
        ReportMetadata.Apply(document, report);
        var canvas = new ReportCanvas(document);

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
        return canvas.Finish(footer, fonts.Small);
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
            canvas.EnsureSpace(fonts.Body.Height);
            canvas.Text("•", fonts.Body, canvas.Left + 4);
            WriteWrapped(canvas, fonts.Body, bullet, BulletIndent);
        }

        canvas.Advance(SectionGap);
    }

    private static void WriteHeading(ReportCanvas canvas, ReportFonts fonts, string title)
    {
        // Keep a heading with at least two lines of its body rather than stranding it at a page bottom.
        canvas.EnsureSpace(fonts.Heading.Height + (3 * fonts.Body.Height));
        WriteWrapped(canvas, fonts.Heading, title, 0);
        canvas.Advance(ParagraphGap);
    }

    private static void WriteSignature(ReportCanvas canvas, ReportFonts fonts, ReportSignature signature)
    {
        canvas.EnsureSpace(40 + (2 * fonts.Body.Height));
        canvas.Advance(24);
        canvas.Rule(canvas.Left, 220);
        canvas.Advance(3);
        WriteWrapped(canvas, fonts.BodyBold, $"Signed: {signature.DoctorName}", 0);
        WriteWrapped(canvas, fonts.Body, $"Signed at: {Time(signature.SignedAt)}", 0);
    }

    private static void WriteWrapped(ReportCanvas canvas, ReportFont font, string text, double indent)
    {
        foreach (var line in TextWrapper.Wrap(text, canvas.Width - indent, font))
        {
            canvas.EnsureSpace(font.Height);
            canvas.Text(line, font, canvas.Left + indent);
            canvas.Advance(font.Height);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture);
}
