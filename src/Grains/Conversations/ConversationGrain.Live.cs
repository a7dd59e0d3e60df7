using Mesh.Grains.AI;
using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Mesh.Grains.Patients;
using Mesh.Grains.Telemetry;
using Orleans;

namespace Mesh.Grains.Conversations;

/// <summary>
/// The live side of a conversation: start, typed text, pause and resume, end. Audio comes in through
/// ConversationGrain.Audio.cs; events go out through ConversationGrain.Events.cs.
/// </summary>
public sealed partial class ConversationGrain
{
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
        MeshMetrics.EncounterStarted();
        await KeepIdleReminderAsync();
        WatchForIdle();
        return Snapshot(conversation.State.Live);
    }

    public Task<EncounterSnapshot?> GetEncounterAsync() =>
        Task.FromResult(conversation.State.Live is { } live ? Snapshot(live) : null);

    public Task<EncounterStatus?> GetEncounterStatusAsync() => Task.FromResult(conversation.State.Live?.Status);

    public Task<EncounterEvent[]> GetEncounterEventsAsync(long afterSequence) =>
        Task.FromResult(conversation.State.Live is { } live ? live.Events.Where(e => e.Sequence > afterSequence).ToArray() : []);

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
        await DetectReceivedAsync(live);
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
            var draft = await MakeDraftAsync(
                new DraftRequest(live.Start.PatientId, live.Start.DoctorId, live.Start.Date, live.Start.PatientLanguage, null, null),
                LiveTranscript.Of(live));
            live.DraftId = draft.DraftId;
            await PublishAsync(live, [
                new EncounterStatusEvent(EncounterStatus.Ended, userId),
                new DraftReadyEvent(draft.DraftId, DraftFacts.Count(draft.ClinicalDraft), draft.Warnings),
            ]);
        }

        MeshMetrics.EncounterEnded();
        DisposeDecoder();
        _idleWatch?.Dispose();
        _idleWatch = null;
        await ForgetIdleReminderAsync();
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

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (conversation.State.Live is { Status: not EncounterStatus.Ended })
        {
            WatchForIdle();
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        DisposeDecoder();
        return Task.CompletedTask;
    }

    private EncounterSnapshot Snapshot(LiveEncounterState live) => new(
        Key.ConversationId, live.Start.PatientId, live.Start.Mode, live.Start.DoctorLanguage, live.Start.PatientLanguage, live.Start.AudioFormat,
        live.Status, live.Start.Consent, live.Start.DoctorId, live.StartedAt, [.. live.Segments], [.. live.Commands], live.Findings, live.Impressions,
        live.LastChunkStored, live.LastEventSequence, live.DraftId);
}
