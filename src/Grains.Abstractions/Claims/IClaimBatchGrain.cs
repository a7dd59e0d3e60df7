using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Claims;

/// <summary>
/// A large 837 imported in the background with durable progress: the file is kept in a Mesh table and a reminder
/// resumes the work on another silo when the one running it dies. Key: <c>TenantKeys.For(tenant, batchId)</c>.
/// </summary>
[Alias("Mesh.Grains.Claims.IClaimBatchGrain")]
public interface IClaimBatchGrain : IGrainWithStringKey
{
    /// <summary>Starts the batch of a file already stored under this batch's id; starting it again changes nothing.</summary>
    [Alias("StartAsync")]
    Task StartAsync(X12Interchange interchange, int claimCount);

    /// <summary>The batch's progress, or null when there is no such batch.</summary>
    [ReadOnly]
    [Alias("GetProgressAsync")]
    Task<ClaimBatchProgress?> GetProgressAsync();
}
