using Mesh.Grains.Claims.Batches;
using Orleans;

namespace Mesh.Grains.Claims.Import;

/// <summary>
/// One interchange of one clinic: the first result of importing it, answered again (as a duplicate) to every later
/// import of the same interchange. Two imports racing each other both submit, which is harmless (a claim's grain
/// takes the same interchange once); the first to record wins.
/// </summary>
public sealed class ClaimInterchangeGrain(
    [PersistentState("interchange")] IPersistentState<ClaimInterchangeState> interchange,
    ClaimBatchFiles files) : Grain, IClaimInterchangeGrain
{
    public async Task<ClaimImportResult> RecordAsync(ClaimImportResult result)
    {
        if (interchange.State.Result is { } first)
        {
            return first with { Duplicate = true };
        }

        interchange.State.Result = result;
        await interchange.WriteStateAsync();
        return result;
    }

    public async Task<ClaimImportResult> StartBatchAsync(ClaimImportResult read, string x12)
    {
        if (interchange.State.Result is { } first)
        {
            return first with { Duplicate = true };
        }

        var tenant = TenantKeys.Parse(this.GetPrimaryKeyString()).Tenant;
        var batchId = Guid.NewGuid().ToString("N");
        await files.SaveAsync(tenant, batchId, x12);
        await GrainFactory.GetGrain<IClaimBatchGrain>(TenantKeys.For(tenant, batchId)).StartAsync(read.Interchange!, read.ClaimCount);
        interchange.State.Result = read with { Claims = [], BatchId = batchId };
        await interchange.WriteStateAsync();
        return interchange.State.Result;
    }

    public Task<ClaimImportResult?> GetAsync() => Task.FromResult(interchange.State.Result);
}
