using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>The clinical specialist: conditions, medications, allergies, observations, procedures, signed reports.</summary>
[Alias("Mesh.Grains.Agents.IClinicalSpecialistGrain")]
public interface IClinicalSpecialistGrain : ISpecialistGrain;
