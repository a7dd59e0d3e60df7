using Mesh.Grains.AI;
using Mesh.Grains.AI.Http;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Mesh.Grains.Audio;
using Mesh.Grains.Tests.Audio;

namespace Mesh.Grains.Tests.AI;

/// <summary>One call through one HTTP provider, so the resilience tests run the same faults against every capability.</summary>
public sealed record HttpProviderCase(string Name, Func<HttpClient, AiEndpointOptions, TimeProvider, Func<Task>> Call)
{
    public static readonly HttpProviderCase SpeechToText = new(AiCapabilities.SpeechToText, (http, options, time) =>
        () => new OpenAiSpeechToText(http, options, NullLogger<OpenAiSpeechToText>.Instance, time)
            .TranscribeAsync(AudioClip.FromBytes(TestMedia.ToneWav(16000, 1, 0.1)), "en", CancellationToken.None));

    public static readonly HttpProviderCase Chat = new(AiCapabilities.Chat, (http, options, time) =>
        () => new OpenAiChatCompletion(http, options, NullLogger<OpenAiChatCompletion>.Instance, time)
            .CompleteJsonAsync(ChatRequests.Simple(), CancellationToken.None));

    public static readonly HttpProviderCase Translation = new(AiCapabilities.Translation, (http, options, time) =>
        () => new OpenAiTranslator(http, options, NullLogger<OpenAiTranslator>.Instance, time)
            .TranslateAsync("Where does it hurt?", "en", "hu", CancellationToken.None));

    public static readonly HttpProviderCase TextToSpeech = new(AiCapabilities.TextToSpeech, (http, options, time) =>
        () => new OpenAiTextToSpeech(http, options, NullLogger<OpenAiTextToSpeech>.Instance, time)
            .SynthesizeAsync("Take one tablet twice a day.", "en", CancellationToken.None));

    public static TheoryData<string> Names => [SpeechToText.Name, Chat.Name, Translation.Name, TextToSpeech.Name];

    public static HttpProviderCase Named(string name) => new[] { SpeechToText, Chat, Translation, TextToSpeech }.Single(c => c.Name == name);

    public override string ToString() => Name;
}
