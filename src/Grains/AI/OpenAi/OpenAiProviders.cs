using System.ClientModel;
using System.ClientModel.Primitives;
using Mesh.Grains.AI.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;

namespace Mesh.Grains.AI.OpenAi;

/// <summary>
/// The Microsoft.Extensions.AI clients of the OpenAI SDK for a configured capability, sending through that capability's
/// resilient HttpClient and reporting failures as Mesh's provider exceptions.
/// </summary>
internal static class OpenAiProviders
{
    // The SDK insists on a key; servers that need none (whisper.cpp, LocalAI) ignore this one.
    private const string NoKey = "no-key";

    public static IChatClient Chat(IServiceProvider services, AiEndpointOptions options, string capability) =>
        new ProviderErrorsChatClient(
            Client(services, options, capability).GetChatClient(options.Model).AsIChatClient(), capability, options);

    public static ISpeechToTextClient SpeechToText(IServiceProvider services, AiEndpointOptions options) =>
        new ProviderErrorsSpeechToTextClient(
            Client(services, options, AiCapabilities.SpeechToText).GetAudioClient(options.Model).AsISpeechToTextClient(), options);

    public static ITextToSpeechClient TextToSpeech(IServiceProvider services, AiEndpointOptions options)
    {
        var speech = Client(services, options, AiCapabilities.TextToSpeech).GetAudioClient(options.Model).AsITextToSpeechClient();
        var voice = options.Voice;
        return new ProviderErrorsTextToSpeechClient(new ConfigureOptionsTextToSpeechClient(speech, o => o.VoiceId ??= voice), options);
    }

    private static OpenAIClient Client(IServiceProvider services, AiEndpointOptions options, string capability)
    {
        if (!options.IsConfigured)
        {
            throw ProviderNotConfiguredException.MissingEndpoint(capability, "The OpenAI-compatible client cannot start without them.");
        }

        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(AiHttpClients.NameOf(capability));
        var credential = new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? NoKey : options.ApiKey);
        return new OpenAIClient(credential, new OpenAIClientOptions
        {
            Endpoint = new Uri(options.BaseUrl!.TrimEnd('/')),
            Transport = new HttpClientPipelineTransport(http),

            // Retries, timeouts and the circuit breaker are the HttpClient's resilience handler's; the SDK's own are off.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        });
    }
}
