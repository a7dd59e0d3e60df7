using Microsoft.Extensions.AI;

namespace Mesh.Grains.AI.OpenAi;

/// <summary>The outermost layer of a speech-to-text client: failures come out as Mesh's provider exceptions.</summary>
internal sealed class ProviderErrorsSpeechToTextClient(ISpeechToTextClient inner, AiEndpointOptions endpoint) : DelegatingSpeechToTextClient(inner)
{
    /// <inheritdoc />
    public override Task<SpeechToTextResponse> GetTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderFailures.GuardAsync(
            () => base.GetTextAsync(audioSpeechStream, options, cancellationToken), AiCapabilities.SpeechToText, endpoint, cancellationToken);
}
