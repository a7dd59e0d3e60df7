using Mesh.Grains.AI.Http;
using Mesh.Grains.AI.Offline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mesh.Grains.AI;

/// <summary>Registers one provider per AI capability: the HTTP one when <c>Mesh:AI:&lt;Capability&gt;</c> is configured, else the offline default.</summary>
public static class AiServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ISpeechToText"/>, <see cref="IChatCompletion"/>, <see cref="IChatToolCalling"/>, <see cref="ITranslator"/>,
    /// <see cref="ITextToSpeech"/> and <see cref="ILanguageDetector"/>. Uses TryAdd, so a second call or an earlier registration wins.
    /// </summary>
    public static IServiceCollection AddMeshAiProviders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var speechToText = AiEndpointOptions.FromConfiguration(configuration, AiCapabilities.SpeechToText);
        var chat = AiEndpointOptions.FromConfiguration(configuration, AiCapabilities.Chat);
        var translation = AiEndpointOptions.FromConfiguration(configuration, AiCapabilities.Translation);
        var textToSpeech = AiEndpointOptions.FromConfiguration(configuration, AiCapabilities.TextToSpeech);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AiHttpClientHolder>();
        services.TryAddSingleton<ILanguageDetector, NGramLanguageDetector>();

        services.TryAddSingleton<ISpeechToText>(provider => speechToText.IsConfigured
            ? new OpenAiSpeechToText(Http(provider), speechToText, Logger<OpenAiSpeechToText>(provider), Time(provider))
            : new UnconfiguredSpeechToText());
        services.TryAddSingleton<IChatCompletion>(provider => chat.IsConfigured
            ? new OpenAiChatCompletion(Http(provider), chat, Logger<OpenAiChatCompletion>(provider), Time(provider))
            : new UnconfiguredChatCompletion());

        // Tool calls go to the same chat model; a chat provider registered without tool support counts as none.
        services.TryAddSingleton<IChatToolCalling>(provider =>
            provider.GetRequiredService<IChatCompletion>() as IChatToolCalling ?? new UnconfiguredChatCompletion());
        services.TryAddSingleton<ITranslator>(provider => translation.IsConfigured
            ? new OpenAiTranslator(Http(provider), translation, Logger<OpenAiTranslator>(provider), Time(provider))
            : new PassThroughTranslator());
        services.TryAddSingleton<ITextToSpeech>(provider => textToSpeech.IsConfigured
            ? new OpenAiTextToSpeech(Http(provider), textToSpeech, Logger<OpenAiTextToSpeech>(provider), Time(provider))
            : new EspeakTextToSpeech());
        return services;
    }

    private static HttpClient Http(IServiceProvider provider) => provider.GetRequiredService<AiHttpClientHolder>().Client;

    private static TimeProvider Time(IServiceProvider provider) => provider.GetRequiredService<TimeProvider>();

    private static ILogger<T> Logger<T>(IServiceProvider provider) =>
        provider.GetService<ILoggerFactory>()?.CreateLogger<T>() ?? NullLogger<T>.Instance;
}
