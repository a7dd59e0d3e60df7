using System.Data.Common;

namespace Mesh.Grains.Database;

/// <summary>
/// Finalized reports: insert-only. A version, once written, is never changed; a correction is a new version.
/// </summary>
public sealed class ReportTable(MeshDatabase database)
{
    private const string SummaryColumns =
        "tenant, report_id, version, previous_version, patient_id, doctor_id, draft_id, finalized_at, content_json, pdf_sha256";

    private const string AllColumns = SummaryColumns + ", pdf";

    private readonly MeshDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Inserts one version of a report.</summary>
    /// <exception cref="VersionConflictException">That version of the report already exists; it is left as it was.</exception>
    public async Task InsertAsync(StoredReport report, CancellationToken ct = default)
    {
        Validate(report);
        await using var connection = await _database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
                $"INSERT INTO reports ({AllColumns}) VALUES (@tenant, @reportId, @version, @previousVersion, @patientId, "
                + "@doctorId, @draftId, @finalizedAt, @contentJson, @pdfSha256, @pdf) "
                + "ON CONFLICT (tenant, report_id, version) DO NOTHING")
            .AddParameter("@tenant", report.Tenant)
            .AddParameter("@reportId", report.ReportId)
            .AddParameter("@version", report.Version)
            .AddParameter("@previousVersion", report.PreviousVersion)
            .AddParameter("@patientId", report.PatientId)
            .AddParameter("@doctorId", report.DoctorId)
            .AddParameter("@draftId", report.DraftId)
            .AddParameter("@finalizedAt", _database.ToDbTime(report.FinalizedAt))
            .AddParameter("@contentJson", report.ContentJson)
            .AddParameter("@pdfSha256", report.PdfSha256)
            .AddParameter("@pdf", report.Pdf);
        if (await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 0)
        {
            throw new VersionConflictException(
                $"Report {report.Tenant}/{report.ReportId} already has version {report.Version}; "
                + "a correction needs the next version number. Nothing was written.");
        }
    }

    /// <summary>Gets one version of a report, or its latest when <paramref name="version"/> is null.</summary>
    public async Task<StoredReport?> GetAsync(
        string tenant, string reportId, int? version = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenant);
        ArgumentException.ThrowIfNullOrEmpty(reportId);
        var versionFilter = version is null ? string.Empty : " AND version = @version";
        var reports = await ReadAsync(
            $"SELECT {AllColumns} FROM reports WHERE tenant = @tenant AND report_id = @reportId{versionFilter} "
                + "ORDER BY version DESC LIMIT 1",
            command =>
            {
                command.AddParameter("@tenant", tenant).AddParameter("@reportId", reportId);
                if (version is not null)
                {
                    command.AddParameter("@version", version.Value);
                }
            },
            includePdf: true,
            ct).ConfigureAwait(false);
        return reports.Count == 0 ? null : reports[0];
    }

    /// <summary>Gets the first version finalized from a draft, or null when the draft was never finalized.</summary>
    public async Task<StoredReport?> FindByDraftAsync(string tenant, string draftId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenant);
        ArgumentException.ThrowIfNullOrEmpty(draftId);
        var reports = await ReadAsync(
            $"SELECT {AllColumns} FROM reports WHERE tenant = @tenant AND draft_id = @draftId ORDER BY version LIMIT 1",
            command => command.AddParameter("@tenant", tenant).AddParameter("@draftId", draftId),
            includePdf: true,
            ct).ConfigureAwait(false);
        return reports.Count == 0 ? null : reports[0];
    }

    /// <summary>
    /// Lists the latest version of each report about a patient, newest first. PDFs are not loaded
    /// (<see cref="StoredReport.Pdf"/> is empty); fetch one with <see cref="GetAsync"/>.
    /// </summary>
    public Task<IReadOnlyList<StoredReport>> ListForPatientAsync(
        string tenant, string patientId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenant);
        ArgumentException.ThrowIfNullOrEmpty(patientId);
        // The latest version decides: a report whose correction moved it to another patient is not listed here.
        return ReadAsync(
            $"SELECT {SummaryColumns} FROM reports r WHERE r.tenant = @tenant AND r.patient_id = @patientId "
                + "AND r.version = (SELECT MAX(l.version) FROM reports l WHERE l.tenant = r.tenant AND l.report_id = r.report_id) "
                + "ORDER BY r.finalized_at DESC, r.report_id",
            command => command.AddParameter("@tenant", tenant).AddParameter("@patientId", patientId),
            includePdf: false,
            ct);
    }

    private async Task<IReadOnlyList<StoredReport>> ReadAsync(
        string sql, Action<DbCommand> bind, bool includePdf, CancellationToken ct)
    {
        await using var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand(sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var reports = new List<StoredReport>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            reports.Add(new StoredReport(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                _database.ReadTime(reader, 7),
                reader.GetString(8),
                includePdf ? reader.GetFieldValue<byte[]>(10) : [],
                reader.GetString(9)));
        }

        return reports;
    }

    private static void Validate(StoredReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(report.Tenant, nameof(report));
        ArgumentException.ThrowIfNullOrEmpty(report.ReportId, nameof(report));
        ArgumentException.ThrowIfNullOrEmpty(report.PatientId, nameof(report));
        ArgumentException.ThrowIfNullOrEmpty(report.DoctorId, nameof(report));
        ArgumentException.ThrowIfNullOrEmpty(report.DraftId, nameof(report));
        ArgumentNullException.ThrowIfNull(report.ContentJson, nameof(report));
        ArgumentNullException.ThrowIfNull(report.Pdf, nameof(report));
        ArgumentException.ThrowIfNullOrEmpty(report.PdfSha256, nameof(report));
        ArgumentOutOfRangeException.ThrowIfLessThan(report.Version, 1, nameof(report));
        if (report.PreviousVersion is { } previous && (previous < 1 || previous >= report.Version))
        {
            throw new ArgumentOutOfRangeException(
                nameof(report), previous, "StoredReport.PreviousVersion must name an earlier version of the same report.");
        }
    }
}
