namespace Mesh.Grains.Claims.Batches;

/// <summary>The durable progress of a background import: claims before <see cref="Processed"/> are done.</summary>
public sealed class ClaimBatchState
{
    public X12Interchange? Interchange { get; set; }

    public int Total { get; set; }

    public int Processed { get; set; }

    public int Accepted { get; set; }

    public List<ClaimImportOutcome> Rejected { get; set; } = [];

    public string Acknowledgement { get; set; } = "";

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
