using Orleans;

namespace Mesh.Grains.Claims.Contracts;

/// <summary>One payer's rate card for one clinic.</summary>
public sealed class ContractGrain(
    [PersistentState("contract")] IPersistentState<ContractState> contract,
    TimeProvider time) : Grain, IContractGrain
{
    public async Task<RateCard> SetRatesAsync(IReadOnlyList<RateCardEntry> rates)
    {
        contract.State.RateCard = new RateCard(TenantKeys.Parse(this.GetPrimaryKeyString()).Id, [.. rates], time.GetUtcNow());
        await contract.WriteStateAsync();
        return contract.State.RateCard;
    }

    public Task<RateCard?> GetAsync() => Task.FromResult(contract.State.RateCard);
}
