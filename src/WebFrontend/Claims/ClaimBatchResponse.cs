using Mesh.Grains.Claims;

namespace Mesh.WebFrontend.Claims;

/// <summary>GET /claims/batches/{id}: how far a background import has come, and its rejected claims.</summary>
public sealed record ClaimBatchResponse(
    string BatchId,
    string Status,
    InterchangeResponse Interchange,
    int Total,
    int Processed,
    int Accepted,
    int RejectedCount,
    IReadOnlyList<ClaimOutcomeResponse> Rejected,
    string Acknowledgement,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt)
{
    public static ClaimBatchResponse From(ClaimBatchProgress progress) => new(
        progress.BatchId,
        progress.Completed ? "completed" : "running",
        InterchangeResponse.From(progress.Interchange)!,
        progress.Total,
        progress.Processed,
        progress.Accepted,
        progress.Rejected.Count,
        [.. progress.Rejected.Select(ClaimOutcomeResponse.From)],
        progress.Acknowledgement,
        progress.StartedAt,
        progress.CompletedAt);
}
