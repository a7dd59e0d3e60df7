using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>The patient processor: finds patients, reads demographics and coverage.</summary>
[Alias("Mesh.Grains.Agents.IPatientProcessorGrain")]
public interface IPatientProcessorGrain : ISpecialistGrain;
