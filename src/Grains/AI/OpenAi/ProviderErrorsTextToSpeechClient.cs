using Microsoft.Extensions.AI;

namespace Mesh.Grains.AI.OpenAi;

/// <summary>The outermost layer of a text-to-speech client: failures come out as Mesh's provider exceptions.</summary>
internal sealed class ProviderErrorsTextToSpeechClient(ITextToSpeechClient inner, AiEndpointOptions endpoint) : DelegatingTextToSpeechClient(inner)
{
    /// <inheritdoc />
    public override Task<TextToSpeechResponse> GetAudioAsync(string text, TextToSpeechOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderFailures.GuardAsync(() => base.GetAudioAsync(text, options, cancellationToken), AiCapabilities.TextToSpeech, endpoint, cancellationToken);
}
