using Mesh.Grains.Conversations;
using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Reports;

/// <summary>
/// One report in the legal record. Key: <c>{tenant}/{reportId}</c>. Versions are never overwritten: an amendment is a
/// new version pointing to the one it amends.
/// </summary>
[Alias("Mesh.Grains.Reports.IReportGrain")]
public interface IReportGrain : IGrainWithStringKey
{
    /// <summary>Writes version 1 from a reviewed draft, or returns the report already written from that draft.</summary>
    [Alias("CreateAsync")]
    Task<FinalizedReport> CreateAsync(string draftId, string patientId, ReportContent content, Signer signer);

    /// <summary>Writes version n+1, pointing to n.</summary>
    [Alias("AmendAsync")]
    Task<FinalizedReport> AmendAsync(ReviewedDraft reviewed, Signer signer, string reason);

    /// <summary>A version (latest when null), or null when there is none.</summary>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<ReportView?> GetAsync(int? version);

    /// <summary>The PDF of a version (latest when null), after checking it against its stored SHA-256; null when there is none.</summary>
    [ReadOnly]
    [Alias("GetPdfAsync")]
    Task<byte[]?> GetPdfAsync(int? version);
}
