namespace Mesh.Grains.AI;

/// <summary>Names of the AI capabilities; each is configured under <c>Mesh:AI:&lt;Capability&gt;</c>.</summary>
public static class AiCapabilities
{
    /// <summary>Speech-to-text (OpenAI-compatible <c>/audio/transcriptions</c>).</summary>
    public const string SpeechToText = "SpeechToText";

    /// <summary>Structured chat completions (<c>/chat/completions</c> with a JSON schema) and tool calls.</summary>
    public const string Chat = "Chat";

    /// <summary>Translation through chat completions; also the service key of the translating <c>IChatClient</c>.</summary>
    public const string Translation = "Translation";

    /// <summary>Text-to-speech (<c>/audio/speech</c>).</summary>
    public const string TextToSpeech = "TextToSpeech";

    /// <summary>Every capability, in the order the configuration table lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [SpeechToText, Chat, Translation, TextToSpeech];

    /// <summary>The configuration section of <paramref name="capability"/>, e.g. <c>Mesh:AI:Chat</c>.</summary>
    public static string SectionOf(string capability) => $"Mesh:AI:{capability}";
}
