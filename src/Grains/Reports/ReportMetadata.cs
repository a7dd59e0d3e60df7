using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace Mesh.Grains.Reports;

/// <summary>The document information of a report PDF: what a viewer shows as its title, application and date.</summary>
internal static class ReportMetadata
{
    public const string Creator = "Mesh";

    public static void Apply(PdfDocument document, ReportDocument report)
    {
        document.Info.Title = $"{report.ClinicName}: {report.Patient.Name}";
        document.Info.Creator = Creator;

        // The finalization time, not the render time, so a re-render describes the same record.
        document.Info.CreationDate = report.FinalizedAt.UtcDateTime;

        // The file identifier names the report version rather than being random, so every copy of it carries the same one.
        var id = Encoding.Latin1.GetString(SHA256.HashData(Encoding.UTF8.GetBytes($"{report.ReportId}\n{report.Version}"))[..16]);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
    }
}
