using Mesh.Grains.AI.Http;
using Mesh.Grains.AI.Offline;
using Mesh.Grains.AI.OpenAi;
using Mesh.Grains.AI.Privacy;
using Mesh.Grains.AI.WhisperCpp;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mesh.Grains.AI;

/// <summary>
/// Registers one client per AI capability: an OpenAI-compatible one (Microsoft.Extensions.AI over the OpenAI SDK, on a
/// resilient HttpClient) when <c>Mesh:AI:&lt;Capability&gt;</c> is configured, else the offline default.
/// </summary>
public static class AiServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IChatClient"/> (<c>Mesh:AI:Chat</c>), a keyed <see cref="IChatClient"/> under
    /// <see cref="AiCapabilities.Translation"/>, <see cref="ITranslator"/>, <see cref="ISpeechToTextClient"/>,
    /// <see cref="ITextToSpeechClient"/> and <see cref="ILanguageDetector"/>. Uses TryAdd, so an earlier registration
    /// wins; a second call adds nothing.
    /// </summary>
    public static IServiceCollection AddMeshAiProviders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(service => service.ServiceType == typeof(AiProvidersAdded)))
        {
            return services;
        }

        services.AddSingleton<AiProvidersAdded>();

        // Read when a client is first resolved, not now: a host's configuration may still gain sources
        // (test hosts add theirs after the app registered its services).
        AiEndpointOptions Endpoint(string capability) => AiEndpointOptions.FromConfiguration(configuration, capability);
        foreach (var capability in AiCapabilities.All)
        {
            AiHttpClients.Add(services, capability, () => Endpoint(capability));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILanguageDetector, NGramLanguageDetector>();
        services.TryAddSingleton(_ => new PhiDeidentifier());

        // Chat and translation models not marked Trusted (Mesh:AI:<Capability>:Trusted) get de-identified text only.
        services.TryAddSingleton<IChatClient>(provider => Endpoint(AiCapabilities.Chat) is { IsConfigured: true } chat
            ? TrustedEndpoints.Protect(OpenAiProviders.Chat(provider, chat, AiCapabilities.Chat), chat, provider.GetRequiredService<PhiDeidentifier>(), PhiDateHandling.Shift)
            : new UnconfiguredChatClient(AiCapabilities.Chat));
        services.TryAddKeyedSingleton<IChatClient>(AiCapabilities.Translation, (provider, _) => Endpoint(AiCapabilities.Translation) is { IsConfigured: true } translation
            ? TrustedEndpoints.Protect(
                OpenAiProviders.Chat(provider, translation, AiCapabilities.Translation), translation, provider.GetRequiredService<PhiDeidentifier>(), PhiDateHandling.Placeholder)
            : new UnconfiguredChatClient(AiCapabilities.Translation));
        services.TryAddSingleton<ITranslator>(provider => provider.GetRequiredKeyedService<IChatClient>(AiCapabilities.Translation) is var chat && chat.IsConfigured()
            ? new ChatTranslator(chat)
            : new PassThroughTranslator());
        services.TryAddSingleton<ISpeechToTextClient>(provider => WhisperCppOptions.IsChosen(configuration)
            ? WhisperCppSpeechToText.Create(provider, configuration)
            : Endpoint(AiCapabilities.SpeechToText) is { IsConfigured: true } speechToText
                ? OpenAiProviders.SpeechToText(provider, speechToText)
                : new UnconfiguredSpeechToTextClient());
        services.AddSingleton<Orleans.IConfigurationValidator>(provider => new WhisperCppStartupCheck(configuration, provider));
        services.TryAddSingleton<ITextToSpeechClient>(provider => Endpoint(AiCapabilities.TextToSpeech) is { IsConfigured: true } textToSpeech
            ? OpenAiProviders.TextToSpeech(provider, textToSpeech)
            : new EspeakTextToSpeech());
        return services;
    }

    /// <summary>Marks a collection the providers were added to.</summary>
    private sealed class AiProvidersAdded;
}
