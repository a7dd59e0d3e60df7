using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Claims.Index;

/// <summary>
/// The clinic's claim and denial lists. A stateless worker: each query is one SQL read of the index, so any silo can
/// answer and several can answer at once.
/// </summary>
[StatelessWorker]
public sealed class ClaimIndexGrain(ClaimIndexTable table) : Grain, IClaimIndexGrain
{
    public Task<ClaimPage> ListClaimsAsync(ClaimQuery query) => table.ListClaimsAsync(this.GetPrimaryKeyString(), query);

    public Task<DenialPage> ListDenialsAsync(DenialQuery query) => table.ListDenialsAsync(this.GetPrimaryKeyString(), query);
}
