using Mesh.Grains.Audio;

namespace Mesh.Grains.AI.WhisperCpp;

/// <summary>
/// Turns a clip into what whisper.cpp takes: 16 kHz mono samples between -1 and 1. WAV at 16 kHz (what live encounters
/// send) is read in place; anything else goes through ffmpeg, as every other audio conversion in Mesh does.
/// </summary>
internal static class WhisperAudio
{
    public const int SampleRate = 16_000;

    public static async Task<float[]> ToSamplesAsync(AudioClip clip, FfmpegAudioConverter converter, CancellationToken ct)
    {
        if (clip.Data.Length == 0)
        {
            throw Unusable("the audio is empty");
        }

        try
        {
            if (clip.Format == AudioFormat.Wav && WavReader.Read(clip.Data) is { SampleRate: SampleRate } wav)
            {
                return ToMonoFloats(wav);
            }

            var converted = await converter.ToPcm16MonoWavAsync(clip, SampleRate, ct).ConfigureAwait(false);
            return ToMonoFloats(WavReader.Read(converted.Data));
        }
        catch (WavFormatException malformed)
        {
            throw Unusable($"the WAV audio is unreadable: {malformed.Message}", malformed);
        }
        catch (AudioConversionException undecodable)
        {
            throw Unusable(undecodable.Message, undecodable);
        }
        catch (ExternalToolMissingException missing)
        {
            throw Unusable($"{clip.Format} audio must be converted to 16 kHz PCM with ffmpeg (Debian package 'ffmpeg'), which is missing: {missing.Message}", missing);
        }
    }

    private static float[] ToMonoFloats(WavAudio wav)
    {
        var samples = wav.Samples;
        var channels = wav.Channels;
        var mono = new float[wav.FrameCount];
        for (var frame = 0; frame < mono.Length; frame++)
        {
            var sum = 0;
            for (var channel = 0; channel < channels; channel++)
            {
                sum += samples[(frame * channels) + channel];
            }

            mono[frame] = sum / (32768f * channels);
        }

        return mono;
    }

    private static ProviderResponseException Unusable(string problem, Exception? inner = null) =>
        new(AiCapabilities.SpeechToText, $"Whisper cannot transcribe this audio: {problem}", inner: inner);
}
