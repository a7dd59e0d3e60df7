using System.Diagnostics;

namespace Mesh.WebFrontend.Tests.Live;

/// <summary>Speech made on this machine with espeak-ng, as PCM16 16 kHz mono WAV: sentences with silence between them.</summary>
public static class SpeechWav
{
    public const int SampleRate = 16_000;

    /// <summary>Writes the sentences, each followed by <paramref name="gap"/> of silence, to a WAV file and returns its path.</summary>
    public static async Task<string> WriteAsync(string folder, IReadOnlyList<(string Voice, string Text)> sentences, TimeSpan gap)
    {
        var samples = new List<short>();
        var silence = new short[(int)(SampleRate * gap.TotalSeconds)];
        samples.AddRange(silence.AsSpan(0, silence.Length / 2).ToArray());
        for (var i = 0; i < sentences.Count; i++)
        {
            var raw = Path.Combine(folder, $"sentence-{i}.wav");
            await RunAsync("espeak-ng", ["-v", sentences[i].Voice, "-s", "165", "-w", raw, sentences[i].Text]);
            var pcm = Path.Combine(folder, $"sentence-{i}.pcm");
            await RunAsync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-i", raw, "-ac", "1", "-ar", "16000", "-f", "s16le", pcm]);
            var bytes = await File.ReadAllBytesAsync(pcm);
            for (var b = 0; b + 1 < bytes.Length; b += 2)
            {
                samples.Add((short)(bytes[b] | (bytes[b + 1] << 8)));
            }

            samples.AddRange(silence);
        }

        var path = Path.Combine(folder, "speech.wav");
        await File.WriteAllBytesAsync(path, Mesh.Grains.Audio.WavWriter.Pcm16(samples.ToArray(), SampleRate, 1));
        return path;
    }

    private static async Task RunAsync(string tool, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{tool} did not start.");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors}");
        }
    }
}
