using System.Globalization;

namespace Mesh.Grains.Audio;

/// <summary>Decodes any audio ffmpeg understands into 16-bit mono PCM WAV, the input speech engines expect.</summary>
public sealed class FfmpegAudioConverter(string ffmpegPath = "ffmpeg")
{
    /// <summary>Converts <paramref name="audio"/> to PCM16 mono at <paramref name="sampleRate"/> Hz.</summary>
    /// <exception cref="ExternalToolMissingException">ffmpeg is not installed.</exception>
    /// <exception cref="AudioConversionException">ffmpeg could not read the input.</exception>
    public async Task<AudioClip> ToPcm16MonoWavAsync(AudioClip audio, int sampleRate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 8000);
        if (audio.Data.Length == 0)
        {
            throw new AudioConversionException("The audio clip is empty.");
        }

        // MP4 keeps its index (moov) wherever the encoder put it, often at the end, which a pipe cannot seek to.
        var tempInput = audio.Format == AudioFormat.M4a ? Path.Combine(Path.GetTempPath(), $"mesh-audio-{Guid.NewGuid():N}.m4a") : null;
        try
        {
            if (tempInput is not null)
            {
                await File.WriteAllBytesAsync(tempInput, audio.Data, cancellationToken).ConfigureAwait(false);
            }

            string[] arguments =
            [
                "-hide_banner", "-nostdin", "-loglevel", "error",
                "-i", tempInput ?? "pipe:0",
                "-vn", "-ac", "1", "-ar", sampleRate.ToString(CultureInfo.InvariantCulture),
                "-c:a", "pcm_s16le", "-f", "wav", "pipe:1",
            ];
            var input = tempInput is null ? audio.Data : ReadOnlyMemory<byte>.Empty;
            var result = await ExternalTool.RunAsync(ffmpegPath, arguments, input, cancellationToken).ConfigureAwait(false);
            if (result.ExitCode != 0 || result.Output.Length == 0)
            {
                throw new AudioConversionException(
                    $"ffmpeg could not decode the {audio.Format} input (exit code {result.ExitCode}): {result.Error.Trim()}");
            }

            // ffmpeg writes "unknown" sizes when streaming; rewrite a canonical header so every reader accepts it.
            var decoded = WavReader.Read(result.Output);
            return new AudioClip(WavWriter.Pcm16(decoded.Samples, decoded.SampleRate, decoded.Channels), AudioFormat.Wav);
        }
        finally
        {
            if (tempInput is not null)
            {
                File.Delete(tempInput);
            }
        }
    }
}
