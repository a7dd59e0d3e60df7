using Mesh.Grains.AI;
using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Orleans;

namespace Mesh.Grains.Conversations;

/// <summary>
/// Audio into a live encounter: each chunk is stored once (in encounter_audio) before the caller hears back, then cut
/// into utterances by the voice activity detector, and each final utterance is transcribed and handled, in chunk order,
/// in the grain's own turns. After a failover the detector resumes where the state last saved it and reads the stored
/// chunks from there, so the transcript has no gap and no repeat.
/// </summary>
public sealed partial class ConversationGrain
{
    /// <summary>How many chunks may pass without a state write while no utterance is open (bounds replay after a failover).</summary>
    private const int ChunksBetweenCheckpoints = 50;

    /// <summary>Stored chunks this activation has not yet given to the detector, in the order they were stored.</summary>
    private readonly Queue<EncounterAudioChunk> _received = new();
    private bool _processingScheduled;

    private VoiceActivityDetector? _detector;
    private IWebmDecoder? _webm;
    private bool _toldSpeechToTextMissing;
    private long _chunksSinceCheckpoint;
    private long _lastDetectedChunk;

    // Interleaves with the grain's other turns (see IConversationGrain): it reads the encounter's status, stores the
    // chunk and queues it, and changes nothing else, so a long transcription never holds an acknowledgement back.
    public async Task ReceiveAudioAsync(EncounterAudioChunk chunk)
    {
        var live = Live;
        if (!live.Start.Consent.Obtained)
        {
            throw new EncounterStateException("No audio is accepted: the patient's consent to recording was not obtained.");
        }

        if (live.Status != EncounterStatus.Active)
        {
            throw new EncounterStateException($"The encounter is {live.Status.ToString().ToLowerInvariant()}; chunk {chunk.Sequence} was not stored.");
        }

        if (!await audio.TryInsertAsync(this.GetPrimaryKeyString(), chunk.Sequence, chunk.Data, time.GetUtcNow(), CancellationToken.None))
        {
            return; // A repeat: stored, and queued for the detector, when it first came.
        }

        live.LastChunkStored = Math.Max(live.LastChunkStored, chunk.Sequence);
        live.LastActivityAt = time.GetUtcNow();
        _received.Enqueue(chunk);
        if (!_processingScheduled)
        {
            _processingScheduled = true;
            await this.AsReference<IConversationGrain>().ProcessReceivedAudioAsync();
        }
    }

    public async Task ProcessReceivedAudioAsync()
    {
        _processingScheduled = false;
        if (conversation.State.Live is not { Status: not EncounterStatus.Ended } live)
        {
            _received.Clear();
            return;
        }

        await EnsureDetectorAsync(live);
        await DetectReceivedAsync(live);
    }

    /// <summary>Gives every queued chunk to the detector and handles the utterances it finishes.</summary>
    private async Task DetectReceivedAsync(LiveEncounterState live)
    {
        while (_received.TryDequeue(out var chunk))
        {
            foreach (var utterance in await DetectAsync(live, chunk))
            {
                await HandleUtteranceAsync(live, utterance);
            }

            await CheckpointAsync(live);
        }
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
        var stored = await audio.ReadAfterAsync(this.GetPrimaryKeyString(), replayFrom - 1, CancellationToken.None);
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

    // Only PCM can resume mid-stream: a WebM decoder restarts from the recording's header, so its detector starts afresh.
    private void SaveResumePoint(LiveEncounterState live)
    {
        if (live.Status != EncounterStatus.Ended && live.Start.AudioFormat == EncounterAudioFormat.Pcm16 && _detector is not null)
        {
            live.ResumePoint = _detector.ResumePoint;
        }
    }

    private async Task<byte[]?> FirstChunkAsync() =>
        (await audio.ReadAfterAsync(this.GetPrimaryKeyString(), 0, CancellationToken.None, limit: 1)) is [var first, ..] ? first.Data : null;

    private void DisposeDecoder()
    {
        _webm?.Dispose();
        _webm = null;
    }
}
