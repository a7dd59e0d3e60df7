using System.Text;
using System.Text.RegularExpressions;
using Mesh.Grains.Audio;

namespace Mesh.Grains.AI.Offline;

/// <summary>The offline default: espeak-ng speaks the text (robotic, but intelligible and needing no model).</summary>
public sealed partial class EspeakTextToSpeech(string espeakPath = "espeak-ng") : ITextToSpeech
{
    /// <inheritdoc />
    public async Task<AudioClip> SynthesizeAsync(string text, string language, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);

        // The voice becomes a command-line argument: accept only language tags, never anything that parses as an option.
        if (!LanguageTag().IsMatch(language))
        {
            throw new ArgumentException($"'{language}' is not a language code espeak-ng accepts (e.g. en, hu, de, pt-br).", nameof(language));
        }

        ExternalToolResult result;
        try
        {
            // Text goes through stdin, not argv, so patient speech never shows up in process listings.
            result = await ExternalTool.RunAsync(espeakPath, ["-v", language, "--stdin", "--stdout"], Encoding.UTF8.GetBytes(text), ct)
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

        return new AudioClip(result.Output, AudioFormat.Wav);
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{1,8})*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
