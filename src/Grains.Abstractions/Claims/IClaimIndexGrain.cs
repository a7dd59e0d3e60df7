using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Claims;

/// <summary>The claim and denial lists of one clinic, read from the claim index. Key: the tenant id.</summary>
[Alias("Mesh.Grains.Claims.IClaimIndexGrain")]
public interface IClaimIndexGrain : IGrainWithStringKey
{
    /// <summary>A page of the clinic's claims that match.</summary>
    [ReadOnly]
    [Alias("ListClaimsAsync")]
    Task<ClaimPage> ListClaimsAsync(ClaimQuery query);

    /// <summary>A page of the clinic's denials and reducing adjustments that match.</summary>
    [ReadOnly]
    [Alias("ListDenialsAsync")]
    Task<DenialPage> ListDenialsAsync(DenialQuery query);
}
