using System.Diagnostics;
using Mesh.Grains.Audio;

namespace Mesh.Grains.Tests.Audio;

/// <summary>Real media made on the spot: a WAV written sample by sample, and ffmpeg encodings of it.</summary>
internal static class TestMedia
{
    public static byte[] ToneWav(int sampleRate = 44100, int channels = 2, double seconds = 1.0)
    {
        var frames = (int)(sampleRate * seconds);
        var samples = new short[frames * channels];
        for (var i = 0; i < frames; i++)
        {
            var value = (short)(Math.Sin(2 * Math.PI * 440 * i / sampleRate) * 8000);
            for (var c = 0; c < channels; c++)
            {
                samples[(i * channels) + c] = value;
            }
        }

        return WavWriter.Pcm16(samples, sampleRate, channels);
    }

    /// <summary>Raw PCM16 mono at 16 kHz, as the live encounter takes it: a 220 Hz tone the voice activity detector hears as speech.</summary>
    public static byte[] Pcm16Tone(TimeSpan length)
    {
        var samples = (int)(16_000 * length.TotalSeconds);
        var pcm = new byte[samples * 2];
        for (var i = 0; i < samples; i++)
        {
            var value = (short)(8000 * Math.Sin(2 * Math.PI * 220 * i / 16_000.0));
            pcm[2 * i] = (byte)value;
            pcm[(2 * i) + 1] = (byte)(value >> 8);
        }

        return pcm;
    }

    /// <summary>Encodes <paramref name="input"/> with ffmpeg into the container named by <paramref name="extension"/>.</summary>
    public static async Task<byte[]> EncodeAsync(byte[] input, string extension, params string[] codecArguments)
    {
        var directory = Directory.CreateTempSubdirectory("mesh-media-");
        try
        {
            var source = Path.Combine(directory.FullName, "in.wav");
            var target = Path.Combine(directory.FullName, "out." + extension);
            await File.WriteAllBytesAsync(source, input);
            await RunFfmpegAsync(["-i", source, .. codecArguments, target]);
            return await File.ReadAllBytesAsync(target);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>A tiny red image in the format named by <paramref name="extension"/>.</summary>
    public static async Task<byte[]> ImageAsync(string extension)
    {
        var directory = Directory.CreateTempSubdirectory("mesh-image-");
        try
        {
            var target = Path.Combine(directory.FullName, "out." + extension);
            await RunFfmpegAsync(["-f", "lavfi", "-i", "color=c=red:s=16x16", "-frames:v", "1", target]);
            return await File.ReadAllBytesAsync(target);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task RunFfmpegAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", .. arguments])
        {
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"ffmpeg failed: {error}");
    }
}
