using Mesh.Grains.Conversations;
using Mesh.Grains.Telemetry;
using Orleans;

namespace Mesh.Grains.Reports;

/// <summary>
/// One report. Versions live in the archive, not in grain state: the database row is the record. Turns serialize the
/// versions of one report, and the table's unique key backs that up across silos.
/// </summary>
public sealed class ReportGrain(ReportArchive archive) : Grain, IReportGrain
{
    private string Tenant => TenantKeys.Parse(this.GetPrimaryKeyString()).Tenant;

    private string ReportId => TenantKeys.Parse(this.GetPrimaryKeyString()).Id;

    public async Task<FinalizedReport> CreateAsync(string draftId, string patientId, ReportContent content, Signer signer)
    {
        if (await archive.FindByDraftAsync(Tenant, draftId, CancellationToken.None) is { } existing)
        {
            return new FinalizedReport(existing.ReportId, existing.Version);
        }

        var created = await archive.WriteAsync(Tenant, ReportId, 1, patientId, signer.DoctorId, draftId, content, CancellationToken.None);
        MeshMetrics.ReportSigned();
        return created;
    }

    public async Task<FinalizedReport> AmendAsync(ReviewedDraft reviewed, Signer signer, string reason)
    {
        var latest = await archive.GetAsync(Tenant, ReportId, null, CancellationToken.None)
            ?? throw new KeyNotFoundException($"Report {ReportId} does not exist.");
        var content = latest.Content with
        {
            ClinicalDraft = reviewed.ClinicalDraft,
            PatientSummaryMd = reviewed.PatientSummaryMd,
            Actionables = reviewed.Actionables,
            Edits = DraftEdits.Between(latest.Content.ClinicalDraft, reviewed.ClinicalDraft),
            DoctorName = signer.DisplayName,
            AmendmentReason = reason,
        };
        var amended = await archive.WriteAsync(Tenant, ReportId, latest.Version + 1, latest.PatientId, signer.DoctorId, latest.DraftId, content, CancellationToken.None);
        MeshMetrics.ReportSigned();
        return amended;
    }

    public Task<ReportView?> GetAsync(int? version) => archive.GetAsync(Tenant, ReportId, version, CancellationToken.None);

    public Task<byte[]?> GetPdfAsync(int? version) => archive.GetPdfAsync(Tenant, ReportId, version, CancellationToken.None);
}
