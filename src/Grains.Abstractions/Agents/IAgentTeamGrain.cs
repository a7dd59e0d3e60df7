using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Agents;

/// <summary>
/// One chat with the agent team. Key: <c>{tenant}/{chatId}</c>. It keeps the history, who answered and a file awaiting
/// confirmation; a chat belongs to the user who opened it, and every method checks the caller against its key and owner.
/// </summary>
[Alias("Mesh.Grains.Agents.IAgentTeamGrain")]
public interface IAgentTeamGrain : IGrainWithStringKey
{
    /// <summary>Opens the chat for <paramref name="caller"/>; false when it exists and belongs to someone else.</summary>
    [Alias("OpenAsync")]
    Task<bool> OpenAsync(AgentCaller caller);

    /// <summary>
    /// Routes the question to one specialist and answers it; null when the chat is not the caller's. A context naming
    /// a record the caller's clinic does not hold fails with <see cref="KeyNotFoundException"/> and changes nothing.
    /// </summary>
    [Alias("AskAsync")]
    Task<ChatTurn?> AskAsync(AgentCaller caller, ChatQuestion question);

    /// <summary>The history, oldest first; null when the chat is not the caller's.</summary>
    [ReadOnly]
    [Alias("GetMessagesAsync")]
    Task<IReadOnlyList<ChatEntry>?> GetMessagesAsync(AgentCaller caller);

    /// <summary>Forgets the history and any pending file; false when the chat is not the caller's.</summary>
    [Alias("ClearAsync")]
    Task<bool> ClearAsync(AgentCaller caller);
}
