using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>How far a background import has come.</summary>
/// <param name="BatchId">The batch id.</param>
/// <param name="Interchange">The interchange being imported.</param>
/// <param name="Total">Claims in the file.</param>
/// <param name="Processed">Claims done so far (accepted or rejected).</param>
/// <param name="Accepted">Claims stored.</param>
/// <param name="Completed">True when every claim is done.</param>
/// <param name="Rejected">The rejected claims with their errors.</param>
/// <param name="Acknowledgement">The 999 answering the file.</param>
/// <param name="StartedAt">When the batch started.</param>
/// <param name="CompletedAt">When it completed.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimBatchProgress")]
public sealed record ClaimBatchProgress(
    string BatchId,
    X12Interchange Interchange,
    int Total,
    int Processed,
    int Accepted,
    bool Completed,
    IReadOnlyList<ClaimImportOutcome> Rejected,
    string Acknowledgement,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt);
