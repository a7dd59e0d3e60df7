using System.Diagnostics;
using System.Text.Json;
using Mesh.Benchmarks.Live.SignalR;

namespace Mesh.Benchmarks.Live;

/// <summary>
/// One clinic app in a live encounter: its own SignalR connection, StartEncounter, then an UploadAudio stream paced in
/// real time (a chunk every 100 ms). Each chunk is timed from when it was due, not from when the send got going, so a
/// sender held up by a slow server still counts the wait (no coordinated omission).
/// </summary>
internal sealed class EncounterDriver : IAsyncDisposable
{
    private const string AudioStream = "audio";
    private static readonly long ChunkTicks = Stopwatch.Frequency / 10;

    private readonly StepRecorder _recorder;
    private readonly Action<long, long>? _onTranscript;
    private readonly long[] _sentAt;
    private readonly bool[] _acked;
    private HubConnection? _hub;
    private string _conversationId = "";
    private Task<JsonElement>? _upload;
    private long _lastSent;
    private long _lastAcked;

    private EncounterDriver(StepRecorder recorder, int maxChunks, Action<long, long>? onTranscript)
    {
        _recorder = recorder;
        _onTranscript = onTranscript;
        _sentAt = new long[maxChunks + 1];
        _acked = new bool[maxChunks + 1];
    }

    /// <summary>The encounter's conversation id, as StartEncounter returned it.</summary>
    public string ConversationId => _conversationId;

    /// <summary>Whether the server answered the upload: once the client completed it, or early when the hub method failed.</summary>
    public bool UploadEnded => _upload is { IsCompleted: true };

    /// <summary>Every chunk sent so far was acknowledged.</summary>
    public bool AllAcked => Interlocked.Read(ref _lastAcked) >= Interlocked.Read(ref _lastSent);

    /// <summary>
    /// Connects and starts an encounter with <paramref name="patientId"/>; room for <paramref name="maxChunks"/> chunks.
    /// <paramref name="onTranscript"/>, when given, hears of each transcript with the due time of its last chunk and
    /// the time it arrived (<see cref="Stopwatch"/> timestamps).
    /// </summary>
    public static async Task<EncounterDriver> StartAsync(
        LiveMeshHost mesh, string token, string patientId, StepRecorder recorder, int maxChunks, CancellationToken ct, Action<long, long>? onTranscript = null)
    {
        var driver = new EncounterDriver(recorder, maxChunks, onTranscript);
        var handlers = new Dictionary<string, Action<JsonElement>>(StringComparer.Ordinal)
        {
            ["audioAck"] = driver.OnAck,
            ["transcriptSegment"] = driver.OnTranscript,
            ["error"] = arguments => recorder.Error($"error event {arguments[0].GetRawText()}"),
        };
        driver._hub = await HubConnection.ConnectAsync(mesh.Http, mesh.Hub, token, LiveJson.Options, handlers, ct);
        var started = await driver._hub.InvokeAsync("StartEncounter", new
        {
            patientId,
            mode = "scribe",
            doctorLanguage = "en",
            patientLanguage = "en",
            audioFormat = "pcm16",
            consent = new { obtained = true, method = "verbal" },
        });
        driver._conversationId = started.GetProperty("conversationId").GetString()!;
        return driver;
    }

    /// <summary>
    /// Streams chunk n at <paramref name="firstDue"/> + (n - 1) × 100 ms until <paramref name="stopAt"/>, starting at
    /// chunk <paramref name="phase"/> of the audio, then completes the stream.
    /// </summary>
    public async Task StreamAsync(SpeechLikeAudio audio, int phase, long firstDue, long stopAt, CancellationToken ct)
    {
        var hub = _hub!;
        _upload = await hub.StartStreamingInvocationAsync("UploadAudio", [_conversationId], AudioStream);
        for (var sequence = 1L; sequence < _sentAt.Length; sequence++)
        {
            var due = firstDue + ((sequence - 1) * ChunkTicks);
            if (due >= stopAt)
            {
                break;
            }

            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            Volatile.Write(ref _sentAt[sequence], due);
            Interlocked.Exchange(ref _lastSent, sequence);
            await hub.SendStreamItemAsync(AudioStream, (sequence, audio.Chunk(phase + sequence - 1)), static (writer, chunk) =>
            {
                writer.WriteNumber("sequence", chunk.sequence);
                writer.WriteBase64String("data", chunk.Item2.Span);
            });
        }

        await hub.CompleteStreamAsync(AudioStream);
    }

    /// <summary>
    /// Counts each chunk still unacknowledged as acknowledged now: a lower bound, so a step past saturation reports
    /// latencies at least as bad as they were rather than leaving its slowest chunks out.
    /// </summary>
    public void RecordMissingAcks()
    {
        var now = Stopwatch.GetTimestamp();
        var lastSent = Interlocked.Read(ref _lastSent);
        for (var chunk = 1L; chunk <= lastSent; chunk++)
        {
            if (!Volatile.Read(ref _acked[chunk]))
            {
                _recorder.Ack(Volatile.Read(ref _sentAt[chunk]), now);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }

        // Closing failed the upload if the server had not finished it; reading the exception marks it seen.
        _ = _upload?.Exception;
    }

    private void OnAck(JsonElement arguments)
    {
        var received = Stopwatch.GetTimestamp();
        var chunk = arguments[0].GetProperty("chunk").GetInt64();
        if (chunk > 0 && chunk < _sentAt.Length)
        {
            if (!Volatile.Read(ref _acked[chunk]))
            {
                Volatile.Write(ref _acked[chunk], true);
                _recorder.Ack(Volatile.Read(ref _sentAt[chunk]), received);
            }

            InterlockedMax(ref _lastAcked, chunk);
        }
    }

    private void OnTranscript(JsonElement arguments)
    {
        var received = Stopwatch.GetTimestamp();
        var lastChunk = arguments[0].GetProperty("lastChunk").GetInt64();
        if (lastChunk > 0 && lastChunk < _sentAt.Length && Volatile.Read(ref _sentAt[lastChunk]) is var sentAt and > 0)
        {
            _recorder.Transcript(sentAt, received);
            _onTranscript?.Invoke(sentAt, received);
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
