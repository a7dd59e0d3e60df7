using Microsoft.Extensions.AI;

namespace Mesh.Grains.AI.Offline;

/// <summary>
/// Registered when no chat model is configured for <see cref="Capability"/>: callers see it (<see cref="AiClientExtensions.IsConfigured"/>)
/// and use their offline engines instead, and a call that reaches it is told which keys to set.
/// </summary>
public sealed class UnconfiguredChatClient(string capability = AiCapabilities.Chat) : IChatClient
{
    /// <summary>The capability that has no model, <see cref="AiCapabilities.Chat"/> or <see cref="AiCapabilities.Translation"/>.</summary>
    public string Capability { get; } = capability;

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromException<ChatResponse>(NotConfigured());

    /// <inheritdoc />
    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw NotConfigured();

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
        // Holds nothing.
    }

    private ProviderNotConfiguredException NotConfigured() => ProviderNotConfiguredException.MissingEndpoint(
        Capability,
        Capability == AiCapabilities.Translation
            ? "Without a translation model, text is passed on untranslated."
            : "Without a chat model, drafts come from the offline extractive engine and voice commands from the offline pattern detector.");
}
