using Microsoft.Extensions.AI;

namespace Mesh.Grains.AI.Offline;

/// <summary>
/// The offline default: no speech model runs on this host, so transcription is refused with instructions rather than
/// faked. The scribe flow answers this by asking for a typed transcript.
/// </summary>
public sealed class UnconfiguredSpeechToTextClient : ISpeechToTextClient
{
    /// <inheritdoc />
    public Task<SpeechToTextResponse> GetTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromException<SpeechToTextResponse>(NotConfigured());

    /// <inheritdoc />
    public IAsyncEnumerable<SpeechToTextResponseUpdate> GetStreamingTextAsync(
        Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default) => throw NotConfigured();

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
        // Holds nothing.
    }

    private static ProviderNotConfiguredException NotConfigured() =>
        ProviderNotConfiguredException.MissingEndpoint(AiCapabilities.SpeechToText, "Until then, supply the transcript as text.");
}
