using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>The claim processor: claims, their lines, diagnoses, status and denial reasons.</summary>
[Alias("Mesh.Grains.Agents.IClaimProcessorGrain")]
public interface IClaimProcessorGrain : ISpecialistGrain;
