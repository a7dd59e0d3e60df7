using System.Diagnostics;
using Mesh.TestSupport;

namespace Mesh.Benchmarks.Live;

/// <summary>
/// One step of the live benchmark: a fresh Mesh, n encounters connected and started, then all of them streaming in
/// real time through a warm-up, the measurement window and a short tail; acknowledgements and transcripts still on
/// their way when sending stops are waited for, so slow ones count instead of being cut off.
/// </summary>
internal static class LiveStep
{
    private const int ConnectParallelism = 16;
    private static readonly TimeSpan LeadIn = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan AckGrace = TimeSpan.FromSeconds(20);
    // Streaming goes on this long after the window, so an utterance that ends inside it still meets the silence that
    // closes it (the detector's hangover), and the window's last moments carry the full load.
    private static readonly TimeSpan Tail = TimeSpan.FromSeconds(1.5);
    // Long enough for the transcript of an utterance ended at the window's close, after the tail.
    private static readonly TimeSpan TranscriptGrace = TimeSpan.FromSeconds(2);

    public static async Task<LiveFigures> RunAsync(int encounters, LiveArguments arguments, FakeSpeechServer speech, SpeechLikeAudio audio)
    {
        await using var mesh = await LiveMeshHost.StartAsync(speech.Settings(translation: false, textToSpeech: false));
        var (token, patientId) = await mesh.ClinicAsync();
        var recorder = new StepRecorder();
        var maxChunks = (int)Math.Ceiling((LeadIn + arguments.Warmup + arguments.Window + Tail).TotalSeconds * 10) + 10;
        var drivers = await StartAllAsync(encounters, () => EncounterDriver.StartAsync(mesh, token, patientId, recorder, maxChunks, CancellationToken.None));
        try
        {
            var start = Stopwatch.GetTimestamp() + Ticks(LeadIn);
            var windowStart = start + Ticks(arguments.Warmup);
            recorder.Window = new MeasurementWindow(windowStart, windowStart + Ticks(arguments.Window));
            var cpu = ProcessCpu.CoresDuringAsync(recorder.Window);

            // Spread over the 100 ms period and over the audio's cycle, as independent clinics would be.
            var chunkTicks = Stopwatch.Frequency / 10;
            await Task.WhenAll(drivers.Select((driver, i) => driver.StreamAsync(
                audio, i * 7 % SpeechLikeAudio.CycleChunks, start + (i * chunkTicks / encounters), recorder.Window.End + Ticks(Tail), CancellationToken.None)));
            var cores = await cpu;
            await WaitForAcksAsync(drivers);
            await Task.Delay(TranscriptGrace);
            foreach (var driver in drivers)
            {
                driver.RecordMissingAcks();
            }

            return recorder.Figures(encounters, cores);
        }
        finally
        {
            mesh.Silence();
            await Task.WhenAll(drivers.Select(d => d.DisposeAsync().AsTask()));
        }
    }

    private static async Task<EncounterDriver[]> StartAllAsync(int encounters, Func<Task<EncounterDriver>> start)
    {
        var drivers = new EncounterDriver[encounters];
        await Parallel.ForAsync(0, encounters, new ParallelOptions { MaxDegreeOfParallelism = ConnectParallelism },
            async (i, _) => drivers[i] = await start());
        return drivers;
    }

    private static async Task WaitForAcksAsync(EncounterDriver[] drivers)
    {
        var waited = Stopwatch.StartNew();
        while (!drivers.All(d => d.AllAcked) && waited.Elapsed < AckGrace)
        {
            await Task.Delay(50);
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
