namespace Mesh.Grains.AI.Offline;

/// <summary>Registered when no chat model is configured: callers use their offline engines instead, and get told why here.</summary>
public sealed class UnconfiguredChatCompletion : IChatCompletion, IChatToolCalling
{
    /// <inheritdoc />
    public Task<string> CompleteJsonAsync(ChatRequest request, CancellationToken ct) =>
        Task.FromException<string>(ProviderNotConfiguredException.MissingEndpoint(
            AiCapabilities.Chat, "Without a chat model, drafts come from the offline extractive engine."));

    /// <inheritdoc />
    public Task<IReadOnlyList<ChatToolCall>> CallToolsAsync(ChatToolRequest request, CancellationToken ct) =>
        Task.FromException<IReadOnlyList<ChatToolCall>>(ProviderNotConfiguredException.MissingEndpoint(
            AiCapabilities.Chat, "Without a chat model, voice commands come from the offline pattern detector."));
}
