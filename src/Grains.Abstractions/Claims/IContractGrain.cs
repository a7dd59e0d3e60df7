using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Claims;

/// <summary>One payer's contract with one clinic: its rate card. Key: <c>TenantKeys.For(tenant, payerId)</c>.</summary>
[Alias("Mesh.Grains.Claims.IContractGrain")]
public interface IContractGrain : IGrainWithStringKey
{
    /// <summary>Replaces the rate card.</summary>
    [Alias("SetRatesAsync")]
    Task<RateCard> SetRatesAsync(IReadOnlyList<RateCardEntry> rates);

    /// <summary>The rate card, or null when none was loaded.</summary>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<RateCard?> GetAsync();
}
