namespace Mesh.Grains.Claims.Contracts;

/// <summary>The stored state of a contract grain; null until a rate card is loaded.</summary>
public sealed class ContractState
{
    public RateCard? RateCard { get; set; }
}
