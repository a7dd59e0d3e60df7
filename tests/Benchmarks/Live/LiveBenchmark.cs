using Mesh.TestSupport;

namespace Mesh.Benchmarks.Live;

/// <summary>
/// Concurrent live encounters streaming PCM16 in real time (10 chunks/s each) over SignalR into one silo, with the
/// fake speech-to-text at a fixed 100 ms. One line per encounter count, then the largest count that kept the 99th
/// percentile of chunk acknowledgements under 250 ms. Server and clients share this process and its CPU.
/// Prints: live: encounters=… chunks_per_s=… ack_p50_ms=… ack_p99_ms=… transcript_lag_p95_ms=… cpu_per_encounter_pct=…
/// and: live: max_encounters_under_250ms=…
/// </summary>
internal static class LiveBenchmark
{
    private const double AckP99GoalMilliseconds = 250;
    private const int JitWarmupEncounters = 50;
    private static readonly TimeSpan TranscriptionDelay = TimeSpan.FromMilliseconds(100);

    public static async Task RunAsync(string[] args)
    {
        var arguments = LiveArguments.Parse(args);
        await using var speech = await FakeSpeechServer.StartAsync(["The patient reports a mild headache since yesterday."], TranscriptionDelay);
        var audio = new SpeechLikeAudio();

        // Not printed: in its first half-minute a fresh process spends about a fifth of its CPU on tiered JIT, which
        // would weigh on the first step only.
        await LiveStep.RunAsync(JitWarmupEncounters, arguments with { Warmup = TimeSpan.FromSeconds(5), Window = TimeSpan.FromSeconds(5) }, speech, audio);

        int? largestUnderGoal = null;
        foreach (var encounters in arguments.Encounters)
        {
            var figures = await LiveStep.RunAsync(encounters, arguments, speech, audio);
            Console.WriteLine(figures.Line());
            if (figures.Errors > 0)
            {
                Console.Error.WriteLine($"live: {figures.Errors} errors at {encounters} encounters; the line above is not a clean run.");
            }

            // Every encounter ends an utterance once per audio cycle; far fewer transcripts means the lag figure hides lost ones.
            var expected = encounters * arguments.Window.TotalSeconds / SpeechLikeAudio.CycleSeconds;
            if (figures.Transcripts < 0.9 * expected)
            {
                Console.Error.WriteLine($"live: only {figures.Transcripts} of about {expected:F0} transcripts arrived at {encounters} encounters.");
            }

            if (figures.AckP99Milliseconds < AckP99GoalMilliseconds && figures.Errors == 0)
            {
                largestUnderGoal = Math.Max(largestUnderGoal ?? 0, encounters);
            }
            else if (figures.ChunksPerSecond < 0.5 * encounters * 10)
            {
                // Far past saturation: larger steps would only take minutes to say the same.
                Console.Error.WriteLine($"live: stopping after {encounters} encounters: acknowledged at half the real-time rate.");
                break;
            }
        }

        Console.WriteLine($"live: max_encounters_under_250ms={largestUnderGoal?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
    }
}
