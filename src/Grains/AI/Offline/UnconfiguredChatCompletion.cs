namespace Mesh.Grains.AI.Offline;

/// <summary>Registered when no chat model is configured: callers use the offline extractor instead, and get told why here.</summary>
public sealed class UnconfiguredChatCompletion : IChatCompletion
{
    /// <inheritdoc />
    public Task<string> CompleteJsonAsync(ChatRequest request, CancellationToken ct) =>
        Task.FromException<string>(ProviderNotConfiguredException.MissingEndpoint(
            AiCapabilities.Chat, "Without a chat model, drafts come from the offline extractive engine."));
}
