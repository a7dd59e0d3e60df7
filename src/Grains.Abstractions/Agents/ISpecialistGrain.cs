using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>
/// What every specialist of the team does: answer one question with its own instructions and tools. Each specialist
/// is its own grain interface below; the key is the tenant, and the caller in the request is checked against it.
/// </summary>
[Alias("Mesh.Grains.Agents.ISpecialistGrain")]
public interface ISpecialistGrain : IGrainWithStringKey
{
    /// <summary>Answers, or names the specialist the question belongs to.</summary>
    [Alias("AnswerAsync")]
    Task<SpecialistAnswer> AnswerAsync(SpecialistRequest request);
}
