using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>The medical-code helper: ICD-10-CM search and the codes on a record or claim.</summary>
[Alias("Mesh.Grains.Agents.IMedicalCodeHelperGrain")]
public interface IMedicalCodeHelperGrain : ISpecialistGrain;
