using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Mesh.Grains.AI.WhisperCpp;

/// <summary>
/// Offline speech-to-text with whisper.cpp (through Whisper.net), chosen by <c>Mesh:AI:SpeechToText:Provider=Whisper</c>
/// and read from the same section.
/// </summary>
public sealed class WhisperCppOptions
{
    /// <summary>The value of <c>Mesh:AI:SpeechToText:Provider</c> that chooses this engine (compared ignoring case).</summary>
    public const string ProviderName = "Whisper";

    /// <summary>The value (or an empty one) that keeps the OpenAI-compatible endpoint of <c>BaseUrl</c>/<c>Model</c>.</summary>
    public const string OpenAiProviderName = "OpenAI";

    /// <summary>The ggml Whisper model file the operator provides, e.g. <c>/var/lib/mesh/models/ggml-base.en.bin</c>. Required.</summary>
    public string? ModelPath { get; init; }

    /// <summary>
    /// CPU threads one transcription uses. Default: one core fewer than the machine has (the silo, ffmpeg and the web
    /// frontend need one), at least 1 and at most 4. whisper.cpp's threads wait for each other by spinning, so more
    /// threads than free cores makes it slower, not faster.
    /// </summary>
    public int Threads { get; init; } = DefaultThreads;

    /// <summary>The default of <see cref="Threads"/> on this machine.</summary>
    public static int DefaultThreads => Math.Clamp(Environment.ProcessorCount - 1, 1, 4);

    /// <summary>The full name of the setting that names the model file, for messages.</summary>
    public static string ModelPathKey => $"{AiCapabilities.SectionOf(AiCapabilities.SpeechToText)}:{nameof(ModelPath)}";

    /// <summary>The full name of the setting that chooses the engine, for messages.</summary>
    public static string ProviderKey => $"{AiCapabilities.SectionOf(AiCapabilities.SpeechToText)}:Provider";

    /// <summary>
    /// True when <c>Mesh:AI:SpeechToText:Provider</c> is <c>Whisper</c>; false when it is unset, empty or <c>OpenAI</c>
    /// (speech-to-text then works as before, from <c>BaseUrl</c>/<c>Model</c>). Any other value is a mistake and throws.
    /// </summary>
    public static bool IsChosen(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration[ProviderKey]?.Trim();
        if (string.IsNullOrEmpty(provider) || string.Equals(provider, OpenAiProviderName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return string.Equals(provider, ProviderName, StringComparison.OrdinalIgnoreCase)
            ? true
            : throw new ProviderNotConfiguredException(
                AiCapabilities.SpeechToText,
                $"{ProviderKey} is '{provider}'; use '{ProviderName}' for offline whisper.cpp with {ModelPathKey}, or leave it unset " +
                $"(or '{OpenAiProviderName}') for an OpenAI-compatible server at BaseUrl/Model.");
    }

    /// <summary>Reads <c>ModelPath</c> and <c>Threads</c> from <c>Mesh:AI:SpeechToText</c>.</summary>
    public static WhisperCppOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(AiCapabilities.SectionOf(AiCapabilities.SpeechToText));
        var threadsText = section[nameof(Threads)];
        var threads = DefaultThreads;
        if (!string.IsNullOrWhiteSpace(threadsText)
            && (!int.TryParse(threadsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out threads) || threads < 1))
        {
            throw new ProviderNotConfiguredException(
                AiCapabilities.SpeechToText, $"{section.Path}:{nameof(Threads)} must be a whole number of at least 1, not '{threadsText}'.");
        }

        return new WhisperCppOptions { ModelPath = section[nameof(ModelPath)], Threads = threads };
    }
}
