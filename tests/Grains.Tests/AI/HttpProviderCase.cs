using Mesh.Grains.AI;
using Mesh.Grains.Audio;
using Mesh.Grains.Tests.Audio;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.AI;

/// <summary>One call through one configured capability, so the resilience tests run the same faults against every capability.</summary>
public sealed record HttpProviderCase(string Name, Func<IServiceProvider, Func<Task>> Call)
{
    public static readonly HttpProviderCase SpeechToText = new(AiCapabilities.SpeechToText, services =>
        () => services.GetRequiredService<ISpeechToTextClient>()
            .TranscribeAsync(AudioClip.FromBytes(TestMedia.ToneWav(16000, 1, 0.1)), "en", CancellationToken.None));

    public static readonly HttpProviderCase Chat = new(AiCapabilities.Chat, services =>
        () => services.GetRequiredService<IChatClient>()
            .GetJsonAsync(ChatRequests.Messages(), "medications", ChatRequests.MedicationSchema, AiCapabilities.Chat, CancellationToken.None));

    public static readonly HttpProviderCase Translation = new(AiCapabilities.Translation, services =>
        () => services.GetRequiredService<ITranslator>().TranslateAsync("Where does it hurt?", "en", "hu", CancellationToken.None));

    public static readonly HttpProviderCase TextToSpeech = new(AiCapabilities.TextToSpeech, services =>
        () => services.GetRequiredService<ITextToSpeechClient>().SynthesizeWavAsync("Take one tablet twice a day.", "en", CancellationToken.None));

    public static TheoryData<string> Names => [SpeechToText.Name, Chat.Name, Translation.Name, TextToSpeech.Name];

    public static HttpProviderCase Named(string name) => new[] { SpeechToText, Chat, Translation, TextToSpeech }.Single(c => c.Name == name);

    public override string ToString() => Name;
}
