using System.Diagnostics;
using System.Threading.Channels;
using Mesh.Grains.Encounters;
using Mesh.WebFrontend.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Benchmarks.Live;

/// <summary>
/// One clinic app in a live encounter: its own SignalR connection (Microsoft.AspNetCore.SignalR.Client, WebSockets, JSON
/// protocol), StartEncounter, then an UploadAudio stream paced in real time (a chunk every 100 ms). Each chunk is timed
/// from when it was due, not from when the send got going, so a sender held up by a slow server still counts the wait
/// (no coordinated omission).
/// </summary>
internal sealed class EncounterDriver : IAsyncDisposable
{
    private static readonly long ChunkTicks = Stopwatch.Frequency / 10;

    private readonly StepRecorder _recorder;
    private readonly Action<long, long>? _onTranscript;
    private readonly long[] _sentAt;
    private readonly bool[] _acked;
    private HubConnection? _hub;
    private string _conversationId = "";
    private Task? _upload;
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
        var hub = new HubConnectionBuilder()
            .WithUrl(mesh.Hub, options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .AddJsonProtocol(json => json.PayloadSerializerOptions = LiveJson.Options)
            .Build();
        driver._hub = hub;
        hub.On<AudioAckMessage>(EncounterEventNames.AudioAck, driver.OnAck);
        hub.On<TranscriptSegmentEvent>(EncounterEventNames.TranscriptSegment, driver.OnTranscript);
        hub.On<LiveErrorMessage>(EncounterEventNames.Error, error => recorder.Error($"error event {error}"));
        try
        {
            await hub.StartAsync(ct);
            var started = await hub.InvokeAsync<StartEncounterResult>(
                "StartEncounter", new StartEncounterMessage(patientId, "scribe", "en", "en", "pcm16", new ConsentMessage(true, "verbal")), ct);
            driver._conversationId = started.ConversationId;
        }
        catch
        {
            await driver.DisposeAsync();
            throw;
        }

        return driver;
    }

    /// <summary>
    /// Streams chunk n at <paramref name="firstDue"/> + (n - 1) × 100 ms until <paramref name="stopAt"/>, starting at
    /// chunk <paramref name="phase"/> of the audio, then completes the stream.
    /// </summary>
    public async Task StreamAsync(SpeechLikeAudio audio, int phase, long firstDue, long stopAt, CancellationToken ct)
    {
        var chunks = Channel.CreateUnbounded<AudioChunkMessage>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        // Not awaited: the task ends when the hub method returns, after the stream completes (or when it fails).
        _upload = _hub!.InvokeAsync("UploadAudio", _conversationId, chunks.Reader, CancellationToken.None);
        try
        {
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
                await chunks.Writer.WriteAsync(new AudioChunkMessage(sequence, audio.Chunk(phase + sequence - 1).ToArray()), ct);
            }
        }
        finally
        {
            chunks.Writer.TryComplete();
        }
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

        // Closing fails the upload if the server had not finished it; observing it marks the failure seen.
        if (_upload is not null)
        {
            await _upload.ContinueWith(static upload => _ = upload.Exception, TaskScheduler.Default);
        }
    }

    private void OnAck(AudioAckMessage ack)
    {
        var received = Stopwatch.GetTimestamp();
        var chunk = ack.Chunk;
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

    private void OnTranscript(TranscriptSegmentEvent segment)
    {
        var received = Stopwatch.GetTimestamp();
        var lastChunk = segment.LastChunk;
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
