using System.Text;
using System.Text.RegularExpressions;
using Mesh.Grains.Audio;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.AI.Offline;

/// <summary>
/// The offline default: espeak-ng speaks the text as WAV in <see cref="TextToSpeechOptions.Language"/> (English when
/// none is given); robotic, but intelligible and needing no model.
/// </summary>
public sealed partial class EspeakTextToSpeech(string espeakPath = "espeak-ng") : ITextToSpeechClient
{
    /// <inheritdoc />
    public async Task<TextToSpeechResponse> GetAudioAsync(string text, TextToSpeechOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var language = options?.Language ?? "en";

        // The voice becomes a command-line argument: accept only language tags, never anything that parses as an option.
        if (!LanguageTag().IsMatch(language))
        {
            throw new ArgumentException($"'{language}' is not a language code espeak-ng accepts (e.g. en, hu, de, pt-br).", nameof(options));
        }

        ExternalToolResult result;
        try
        {
            // Text goes through stdin, not argv, so patient speech never shows up in process listings.
            result = await ExternalTool.RunAsync(espeakPath, ["-v", language, "--stdin", "--stdout"], Encoding.UTF8.GetBytes(text), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ExternalToolMissingException error)
        {
            throw new ProviderNotConfiguredException(
                AiCapabilities.TextToSpeech,
                $"Offline text-to-speech needs espeak-ng (Debian package 'espeak-ng'; apt-get install espeak-ng), or configure " +
                $"{AiCapabilities.SectionOf(AiCapabilities.TextToSpeech)}:BaseUrl and :Model. {error.Message}");
        }

        if (result.ExitCode != 0 || AudioFormatSniffer.Detect(result.Output) != AudioFormat.Wav)
        {
            throw new ProviderResponseException(
                AiCapabilities.TextToSpeech, $"espeak-ng could not speak '{language}' (exit code {result.ExitCode}): {result.Error.Trim()}");
        }

        return new TextToSpeechResponse([new DataContent(result.Output, "audio/wav")]);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<TextToSpeechResponseUpdate> GetStreamingAudioAsync(
        string text, TextToSpeechOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetAudioAsync(text, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToTextToSpeechResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
        // Each call runs its own process; nothing is held between calls.
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{1,8})*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
