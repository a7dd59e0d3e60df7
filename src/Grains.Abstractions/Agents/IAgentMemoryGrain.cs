using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Agents;

/// <summary>Facts one user asked the team to remember; seen only in that user's chats. Key: <c>{tenant}/{userId}</c>.</summary>
[Alias("Mesh.Grains.Agents.IAgentMemoryGrain")]
public interface IAgentMemoryGrain : IGrainWithStringKey
{
    /// <summary>Keeps a fact (the oldest go past the limit).</summary>
    [Alias("RememberAsync")]
    Task RememberAsync(string fact);

    /// <summary>The facts, oldest first.</summary>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<IReadOnlyList<string>> GetAsync();

    /// <summary>Forgets every fact.</summary>
    [Alias("ForgetAsync")]
    Task ForgetAsync();
}
