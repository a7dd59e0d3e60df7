using Mesh.Grains.AI;
using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Mesh.Grains.Patients;
using Mesh.Runtime;
using Mesh.Runtime.Streams;

namespace Mesh.Grains.Conversations;

/// <summary>
/// The live side of a conversation. Audio arrives on the encounter's durable audio stream (implicit subscription);
/// each chunk is stored once, cut into utterances, and each final utterance is transcribed and handled. Events go out
/// on the encounter's event stream after they are stored here, so a client that re-joins can ask for what it missed.
/// After a failover the open utterance is rebuilt from the stored chunks, so the transcript has no gap.
/// </summary>
[ImplicitStreamSubscription(EncounterStreams.AudioNamespace)]
public sealed partial class ConversationGrain : IStreamSubscriber<EncounterAudioChunk>
{
    /// <summary>Events kept for clients that re-join; older ones are in the transcript and commands of the snapshot.</summary>
    private const int KeptEvents = 500;

    /// <summary>How many chunks may pass without a state write while no utterance is open (bounds replay after a failover).</summary>
    private const int ChunksBetweenCheckpoints = 50;

    private VoiceActivityDetector? _detector;
    private IWebmDecoder? _webm;
    private bool _toldSpeechToTextMissing;
    private long _chunksSinceCheckpoint;
    private long _lastDetectedChunk;
    private IGrainTimer? _idleWatch;

    private LiveEncounterState Live => conversation.State.Live ?? throw new EncounterStateException("No live encounter was started in this conversation.");

    public async Task<EncounterSnapshot> StartEncounterAsync(EncounterStart start)
    {
        if (conversation.State.Live is { } existing)
        {
            return existing.Start.PatientId == start.PatientId
                ? Snapshot(existing)
                : throw new EncounterStateException("This conversation already holds an encounter with another patient.");
        }

        _ = await GrainFactory.GetGrain<IPatientGrain>(PatientKeys.For(Key.Tenant, start.PatientId)).GetContextAsync()
            ?? throw new KeyNotFoundException($"Patient {start.PatientId} does not exist.");
        var now = time.GetUtcNow();
        conversation.State.Live = new LiveEncounterState { Start = start, Status = EncounterStatus.Active, StartedAt = now, LastActivityAt = now };
        await conversation.WriteStateAsync();
        WatchForIdle();
        return Snapshot(conversation.State.Live);
    }

    public Task<EncounterSnapshot?> GetEncounterAsync() =>
        Task.FromResult(conversation.State.Live is { } live ? Snapshot(live) : null);

    public Task<EncounterStatus?> GetEncounterStatusAsync() => Task.FromResult(conversation.State.Live?.Status);

    public Task<EncounterEvent[]> GetEncounterEventsAsync(long afterSequence) =>
        Task.FromResult(conversation.State.Live is { } live ? live.Events.Where(e => e.Sequence > afterSequence).ToArray() : []);

    public async Task OnNextAsync(EncounterAudioChunk item, StreamSequenceToken token)
    {
        if (conversation.State.Live is not { } live)
        {
            return;
        }

        if (item.EndRequestedBy is { } endedBy)
        {
            await EndEncounterAsync(endedBy);
            return;
        }

        if (live.Status != EncounterStatus.Active || !live.Start.Consent.Obtained)
        {
            await PublishAsync(live, [new EncounterErrorEvent("audio_refused", $"Audio chunk {item.Sequence} arrived while the encounter is {live.Status.ToString().ToLowerInvariant()}; it was not stored.")]);
            return;
        }

        await EnsureDetectorAsync(live);
        if (!await audio.TryInsertAsync(GetPrimaryKeyString(), item.Sequence, item.Data, time.GetUtcNow(), CancellationToken.None))
        {
            return; // A repeat: stored, and fed to the detector, when it first came.
        }

        live.LastChunkStored = Math.Max(live.LastChunkStored, item.Sequence);
        live.LastActivityAt = time.GetUtcNow();
        foreach (var utterance in await DetectAsync(live, item))
        {
            await HandleUtteranceAsync(live, utterance);
        }

        await CheckpointAsync(live);
    }

    public async Task<EncounterSnapshot> SendTextAsync(EncounterText text)
    {
        var live = Live;
        if (live.Status == EncounterStatus.Ended)
        {
            throw new EncounterStateException("The encounter has ended.");
        }

        live.TextInputs++;
        live.LastActivityAt = time.GetUtcNow();
        var segmentId = $"text-{live.TextInputs}";
        var outcome = await utterances.HandleAsync(
            live, segmentId, text.Text.Trim(), null, text.Speaker, TimeSpan.Zero, TimeSpan.Zero, (0, 0), CancellationToken.None);
        await ApplyAsync(live, outcome);
        return Snapshot(live);
    }

    public Task<EncounterSnapshot> PauseEncounterAsync(string userId) => ChangeStatusAsync(EncounterStatus.Active, EncounterStatus.Paused, userId);

    public Task<EncounterSnapshot> ResumeEncounterAsync(string userId) => ChangeStatusAsync(EncounterStatus.Paused, EncounterStatus.Active, userId);

    public async Task<EncounterSnapshot> EndEncounterAsync(string userId)
    {
        var live = Live;
        if (live.Status == EncounterStatus.Ended)
        {
            return Snapshot(live);
        }

        await EnsureDetectorAsync(live);
        foreach (var utterance in await FlushDecoderAsync(live))
        {
            await HandleUtteranceAsync(live, utterance);
        }

        if (_detector!.Flush() is { } last)
        {
            await HandleUtteranceAsync(live, last);
        }

        live.Status = EncounterStatus.Ended;
        live.ResumePoint = null;
        if (live.Segments.Count == 0)
        {
            await PublishAsync(live, [
                new EncounterStatusEvent(EncounterStatus.Ended, userId),
                new EncounterErrorEvent("no_speech", "Nothing was said or typed in this encounter, so no draft was made."),
            ]);
        }
        else
        {
            var draft = await GenerateDraftAsync(new DraftRequest(
                live.Start.PatientId, live.Start.DoctorId, live.Start.Date, live.Start.PatientLanguage, null, LiveTranscriptText.Of(live)));
            live.DraftId = draft.DraftId;
            await PublishAsync(live, [
                new EncounterStatusEvent(EncounterStatus.Ended, userId),
                new DraftReadyEvent(draft.DraftId, DraftFacts.Count(draft.ClinicalDraft), draft.Warnings),
            ]);
        }

        DisposeDecoder();
        _idleWatch?.Dispose();
        _idleWatch = null;
        return Snapshot(live);
    }

    private async Task<EncounterSnapshot> ChangeStatusAsync(EncounterStatus from, EncounterStatus to, string userId)
    {
        var live = Live;
        if (live.Status == to)
        {
            return Snapshot(live);
        }

        if (live.Status != from)
        {
            throw new EncounterStateException($"The encounter is {live.Status.ToString().ToLowerInvariant()}.");
        }

        live.Status = to;
        live.LastActivityAt = time.GetUtcNow();
        await PublishAsync(live, [new EncounterStatusEvent(to, userId)]);
        return Snapshot(live);
    }

    private async Task<IReadOnlyList<SpeechUtterance>> DetectAsync(LiveEncounterState live, EncounterAudioChunk chunk)
    {
        if (chunk.Sequence <= _lastDetectedChunk)
        {
            // Stored, but a streaming detector cannot go back: a chunk resent after later ones is kept, not transcribed.
            return [];
        }

        _lastDetectedChunk = chunk.Sequence;
        if (live.Start.AudioFormat == EncounterAudioFormat.Pcm16)
        {
            return _detector!.Push(chunk.Sequence, chunk.Data);
        }

        var decoder = _webm ??= webmDecoders.Create(live.LastChunkStored > 0 ? await FirstChunkAsync() : null);
        var pcm = await decoder.DecodeAsync(chunk.Data, CancellationToken.None);
        return _detector!.Push(chunk.Sequence, pcm);
    }

    private async Task<IReadOnlyList<SpeechUtterance>> FlushDecoderAsync(LiveEncounterState live)
    {
        if (_webm is null || live.Start.AudioFormat != EncounterAudioFormat.Webm)
        {
            return [];
        }

        // The decoder's tail belongs to chunks already pushed; the detector only takes rising numbers, so it counts as one more.
        var pcm = await _webm.FinishAsync(CancellationToken.None);
        return _detector!.Push(++_lastDetectedChunk, pcm);
    }

    /// <summary>
    /// Creates the detector on first use in this activation and, after a failover, resumes it where the state last
    /// saved it and feeds it the chunks stored since: a finished utterance among them is handled now, an open one continues.
    /// </summary>
    private async Task EnsureDetectorAsync(LiveEncounterState live)
    {
        if (_detector is not null)
        {
            return;
        }

        _detector = live.ResumePoint is { } point ? VoiceActivityDetector.Resume(voiceActivity, point) : new VoiceActivityDetector(voiceActivity);
        var replayFrom = live.ResumePoint?.FirstChunk ?? 1;
        var stored = await audio.ReadAfterAsync(GetPrimaryKeyString(), replayFrom - 1, CancellationToken.None);
        foreach (var (sequence, data) in stored)
        {
            var chunk = new EncounterAudioChunk(sequence, data);
            foreach (var utterance in await DetectAsync(live, chunk))
            {
                await HandleUtteranceAsync(live, utterance);
            }
        }
    }

    private async Task HandleUtteranceAsync(LiveEncounterState live, SpeechUtterance utterance)
    {
        // The start time is stable across a failover (the detector resumes with the stream's clock) and unique per utterance.
        var segmentId = $"audio-{(long)utterance.Start.TotalMilliseconds}";
        if (live.Segments.Any(s => s.SegmentId == segmentId))
        {
            return;
        }

        string text;
        string? language;
        try
        {
            var hint = live.Start.Mode == EncounterMode.Interpreter ? null : live.Start.DoctorLanguage;
            (text, language) = await transcriber.TranscribeAsync(utterance, hint, CancellationToken.None);
        }
        catch (ProviderNotConfiguredException missing)
        {
            if (!_toldSpeechToTextMissing)
            {
                _toldSpeechToTextMissing = true;
                await PublishAsync(live, [new EncounterErrorEvent("stt_not_configured", missing.Message)]);
            }

            return;
        }
        catch (Exception failure) when (failure is ProviderResponseException or ProviderTimeoutException or HttpRequestException)
        {
            await PublishAsync(live, [new EncounterErrorEvent("stt_failed", $"Speech from {utterance.Start:mm\\:ss} could not be transcribed: {failure.Message}")]);
            return;
        }

        if (text.Length == 0)
        {
            return;
        }

        var outcome = await utterances.HandleAsync(
            live, segmentId, text, language, null, utterance.Start, utterance.Duration, (utterance.FirstChunk, utterance.LastChunk), CancellationToken.None);
        await ApplyAsync(live, outcome);
    }

    private async Task ApplyAsync(LiveEncounterState live, UtteranceOutcome outcome)
    {
        live.Segments.AddRange(outcome.Events.OfType<TranscriptSegmentEvent>());
        live.Findings = outcome.Findings;
        live.Impressions = outcome.Impressions;
        live.RadiologySection = outcome.Section;
        var events = outcome.Events.ToList();
        if (outcome.Command is { } command)
        {
            live.Commands.Add(command);
            await GrainFactory.GetGrain<IPatientGrain>(PatientKeys.For(Key.Tenant, live.Start.PatientId))
                .RecordOrderAsync(new PatientOrder(command.CommandId, Key.ConversationId, command));
            events.Add(new CommandExecutedEvent(command));
        }

        await PublishAsync(live, events);
    }

    /// <summary>Numbers the events, stores them with the state, then sends them on the event stream.</summary>
    private async Task PublishAsync(LiveEncounterState live, IReadOnlyList<EncounterEvent> events)
    {
        var now = time.GetUtcNow();
        var numbered = events.Select(e => e with { Sequence = ++live.LastEventSequence, ConversationId = Key.ConversationId, At = now }).ToArray();
        live.Events.AddRange(numbered.Select(e => e is TtsAudioEvent tts ? tts with { Audio = null } : e));
        if (live.Events.Count > KeptEvents)
        {
            live.Events.RemoveRange(0, live.Events.Count - KeptEvents);
        }

        _chunksSinceCheckpoint = 0;
        SaveResumePoint(live);
        await conversation.WriteStateAsync();
        await EventStream().OnNextBatchAsync(numbered);
    }

    /// <summary>Moves the replay point past chunks that hold no open speech, now and then, so a failover replays little.</summary>
    private async Task CheckpointAsync(LiveEncounterState live)
    {
        if (++_chunksSinceCheckpoint < ChunksBetweenCheckpoints)
        {
            return;
        }

        _chunksSinceCheckpoint = 0;
        SaveResumePoint(live);
        await conversation.WriteStateAsync();
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (conversation.State.Live is { Status: not EncounterStatus.Ended })
        {
            WatchForIdle();
        }

        return Task.CompletedTask;
    }

    /// <summary>Ends the encounter when nothing happened in it for the idle timeout (a forgotten tab, a lost client).</summary>
    private void WatchForIdle() => _idleWatch ??= RegisterGrainTimer(
        async _ =>
        {
            if (conversation.State.Live is { Status: not EncounterStatus.Ended } live && time.GetUtcNow() - live.LastActivityAt >= liveOptions.IdleTimeout)
            {
                await EndEncounterAsync("system:idle-timeout");
            }
        },
        liveOptions.CheckInterval,
        liveOptions.CheckInterval);

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        DisposeDecoder();
        return Task.CompletedTask;
    }

    // Only PCM can resume mid-stream: a WebM decoder restarts from the recording's header, so its detector starts afresh.
    private void SaveResumePoint(LiveEncounterState live)
    {
        if (live.Status != EncounterStatus.Ended && live.Start.AudioFormat == EncounterAudioFormat.Pcm16 && _detector is not null)
        {
            live.ResumePoint = _detector.ResumePoint;
        }
    }

    private async Task<byte[]?> FirstChunkAsync() =>
        (await audio.ReadAfterAsync(GetPrimaryKeyString(), 0, CancellationToken.None, limit: 1)) is [var first, ..] ? first.Data : null;

    private void DisposeDecoder()
    {
        _webm?.Dispose();
        _webm = null;
    }

    private IAsyncStream<EncounterEvent> EventStream() =>
        ServiceProvider.GetStreamProvider(EncounterStreams.Provider).GetStream<EncounterEvent>(EncounterStreams.EventsNamespace, GetPrimaryKeyString());

    private EncounterSnapshot Snapshot(LiveEncounterState live) => new(
        Key.ConversationId, live.Start.PatientId, live.Start.Mode, live.Start.DoctorLanguage, live.Start.PatientLanguage, live.Start.AudioFormat,
        live.Status, live.Start.Consent, live.Start.DoctorId, live.StartedAt, [.. live.Segments], [.. live.Commands], live.Findings, live.Impressions,
        live.LastChunkStored, live.LastEventSequence, live.DraftId);
}
