using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>The encounter processor: visits and the reports signed for them.</summary>
[Alias("Mesh.Grains.Agents.IEncounterProcessorGrain")]
public interface IEncounterProcessorGrain : ISpecialistGrain;
