using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>The insurance analyst: coverage, payers, remittances, denials and their risk.</summary>
[Alias("Mesh.Grains.Agents.IInsuranceAnalystGrain")]
public interface IInsuranceAnalystGrain : ISpecialistGrain;
