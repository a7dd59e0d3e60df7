using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>The finance assistant: contracts, netdown and expected payment, computed by code.</summary>
[Alias("Mesh.Grains.Agents.IFinanceAssistantGrain")]
public interface IFinanceAssistantGrain : ISpecialistGrain;
