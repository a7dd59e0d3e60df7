namespace Mesh.Grains.AI;

/// <summary>A language model that may answer by calling one of the functions (tools) it is offered.</summary>
public interface IChatToolCalling
{
    /// <summary>
    /// Sends <paramref name="request"/> and returns the tool calls the model made, in order; empty when it answered
    /// without calling any. Each call's arguments are already checked to parse as JSON.
    /// </summary>
    Task<IReadOnlyList<ChatToolCall>> CallToolsAsync(ChatToolRequest request, CancellationToken ct);
}
