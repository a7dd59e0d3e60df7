namespace Mesh.Grains.Agents.Memory;

/// <summary>A user's remembered facts, kept to the newest <see cref="MaxFacts"/>.</summary>
public sealed class AgentMemoryGrain([PersistentState("agentMemory")] IPersistentState<AgentMemoryState> memory) : Grain, IAgentMemoryGrain
{
    /// <summary>How many facts a user keeps.</summary>
    public const int MaxFacts = 50;

    /// <inheritdoc />
    public async Task RememberAsync(string fact)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fact);
        memory.State.Facts.Add(fact.Trim());
        if (memory.State.Facts.Count > MaxFacts)
        {
            memory.State.Facts.RemoveRange(0, memory.State.Facts.Count - MaxFacts);
        }

        await memory.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetAsync() => Task.FromResult<IReadOnlyList<string>>([.. memory.State.Facts]);

    /// <inheritdoc />
    public async Task ForgetAsync()
    {
        memory.State.Facts.Clear();
        await memory.WriteStateAsync();
    }
}
