using System.Text.Json;
using Mesh.Grains.Conversations;
using Mesh.Grains.Database;

namespace Mesh.Grains.Reports;

/// <summary>
/// The legal record of reports: renders each version's PDF, stores content and PDF together with the PDF's SHA-256,
/// and checks that hash on every read. Rows are insert-only; nothing here updates or deletes.
/// </summary>
public sealed class ReportArchive(MeshDatabase database, ReportPdfRenderer renderer, TimeProvider time)
{
    private readonly ReportTable _table = new(database);

    /// <summary>Renders and stores a version; a version that exists already fails with <see cref="VersionConflictException"/>.</summary>
    public async Task<FinalizedReport> WriteAsync(string tenant, string reportId, int version, string patientId, string doctorId, string draftId, ReportContent content, CancellationToken ct)
    {
        var finalizedAt = time.GetUtcNow();
        var pdf = renderer.Render(ReportDocumentBuilder.Build(tenant, reportId, version, finalizedAt, patientId, content));
        await _table.InsertAsync(
            new StoredReport(tenant, reportId, version, version > 1 ? version - 1 : null, patientId, doctorId, draftId, finalizedAt,
                JsonSerializer.Serialize(content, ReportJson.Options), pdf, ReportHash.Sha256Hex(pdf)),
            ct).ConfigureAwait(false);
        return new FinalizedReport(reportId, version);
    }

    /// <summary>A version (latest when null).</summary>
    public async Task<ReportView?> GetAsync(string tenant, string reportId, int? version, CancellationToken ct) =>
        ToView(await _table.GetAsync(tenant, reportId, version, ct).ConfigureAwait(false));

    /// <summary>The PDF of a version (latest when null), checked against its stored hash.</summary>
    public async Task<byte[]?> GetPdfAsync(string tenant, string reportId, int? version, CancellationToken ct)
    {
        var stored = await _table.GetAsync(tenant, reportId, version, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        if (!string.Equals(ReportHash.Sha256Hex(stored.Pdf), stored.PdfSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ReportIntegrityException($"The PDF of report {reportId} version {stored.Version} does not match its recorded SHA-256.");
        }

        return stored.Pdf;
    }

    /// <summary>The report written from a draft, if any.</summary>
    public async Task<ReportView?> FindByDraftAsync(string tenant, string draftId, CancellationToken ct) =>
        ToView(await _table.FindByDraftAsync(tenant, draftId, ct).ConfigureAwait(false));

    /// <summary>A patient's reports, latest version each.</summary>
    public async Task<IReadOnlyList<ReportListing>> ListForPatientAsync(string tenant, string patientId, CancellationToken ct) =>
        [.. (await _table.ListForPatientAsync(tenant, patientId, ct).ConfigureAwait(false))
            .Select(r => new ReportListing(r.ReportId, r.Version, r.DoctorId, r.FinalizedAt))];

    private static ReportView? ToView(StoredReport? stored) =>
        stored is null
            ? null
            : new ReportView(stored.ReportId, stored.Version, stored.PreviousVersion, stored.PatientId, stored.DoctorId, stored.DraftId,
                stored.FinalizedAt, JsonSerializer.Deserialize<ReportContent>(stored.ContentJson, ReportJson.Options)!, stored.PdfSha256);
}
