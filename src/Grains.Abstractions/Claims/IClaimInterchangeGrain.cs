using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Claims;

/// <summary>
/// One 837 interchange a clinic sent: remembers the result of its import, so the same interchange again creates
/// nothing. Key: <c>TenantKeys.For(tenant, "{sender}.{ISA13}")</c>.
/// </summary>
[Alias("Mesh.Grains.Claims.IClaimInterchangeGrain")]
public interface IClaimInterchangeGrain : IGrainWithStringKey
{
    /// <summary>Keeps the result of importing the interchange; when one was kept before, answers that one as a duplicate.</summary>
    [Alias("RecordAsync")]
    Task<ClaimImportResult> RecordAsync(ClaimImportResult result);

    /// <summary>Starts a background batch for the file and keeps its id; the second time, answers the first batch as a duplicate.</summary>
    [Alias("StartBatchAsync")]
    Task<ClaimImportResult> StartBatchAsync(ClaimImportResult read, string x12);

    /// <summary>The first result, or null when the interchange was never imported.</summary>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<ClaimImportResult?> GetAsync();
}
