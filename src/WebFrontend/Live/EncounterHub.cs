using Mesh.Grains.Conversations;
using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Mesh.Grains.Telemetry;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Cluster;
using Mesh.WebFrontend.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Live;

/// <summary>
/// Live encounters at <c>/hubs/encounters</c>. Every method takes the clinic from the caller's token and builds the
/// grain key from it, so another clinic's conversation id simply does not exist here. Each audio chunk goes to the
/// conversation grain, which stores it before answering; only then is it acknowledged. Events come back through
/// <see cref="EncounterEventRelay"/>.
/// </summary>
[Authorize(Policy = ClinicPolicies.PatientWrite)]
public sealed class EncounterHub(
    IGrainFactory grains,
    EncounterEventRelay relay,
    EncounterAudioDelivery audioDelivery,
    HubAudit audit,
    IOptions<LiveOptions> options,
    TimeProvider time) : Hub
{
    public async Task<StartEncounterResult> StartEncounter(StartEncounterMessage request)
    {
        var user = CurrentUser();
        var start = StartEncounterValidator.Validate(request, user.UserId, time.GetUtcNow());
        var conversationId = Guid.NewGuid().ToString("N");
        var limits = options.Value;
        var admission = await grains.GetGrain<ILiveEncounterRegistryGrain>(user.Tenant)
            .AdmitAsync(conversationId, user.UserId, limits.MaxEncountersPerUser, limits.MaxEncountersPerClinic);
        if (!admission.Admitted)
        {
            await audit.RecordAsync(Context, user, LiveAuditActions.Start, conversationId, AuditOutcome.Denied);
            throw new HubException(admission.Reason);
        }

        EncounterSnapshot snapshot;
        try
        {
            snapshot = await Conversation(user, conversationId).StartEncounterAsync(start);
        }
        catch (KeyNotFoundException missing)
        {
            await grains.GetGrain<ILiveEncounterRegistryGrain>(user.Tenant).ReleaseAsync(conversationId);
            throw new HubException(missing.Message);
        }

        await audit.RecordAsync(Context, user, LiveAuditActions.Start, conversationId);
        await audit.RecordAsync(Context, user, LiveAuditActions.Consent, conversationId);
        await relay.JoinAsync(Context.ConnectionId, Key(user, conversationId), snapshot.Status, snapshot.LastEventSequence);
        return new StartEncounterResult(conversationId);
    }

    /// <summary>Joins (or re-joins) an encounter: the answer holds its state and every kept event after <paramref name="afterSequence"/>.</summary>
    public async Task<JoinEncounterResult> JoinEncounter(string conversationId, long afterSequence)
    {
        var user = CurrentUser();
        var grain = Conversation(user, conversationId);
        var snapshot = await grain.GetEncounterAsync() ?? throw NotFound(conversationId);
        await relay.JoinAsync(Context.ConnectionId, Key(user, conversationId), snapshot.Status, snapshot.LastEventSequence);

        // Asked after joining the group: an event published in between arrives twice, never not at all; clients drop repeats by number.
        var missed = await grain.GetEncounterEventsAsync(Math.Max(0, afterSequence));
        await audit.RecordAsync(Context, user, LiveAuditActions.Join, conversationId);
        return new JoinEncounterResult(snapshot, missed);
    }

    /// <summary>Client-to-server stream of audio chunks; each is acknowledged with <c>audioAck</c> once durably stored.</summary>
    public async Task UploadAudio(string conversationId, IAsyncEnumerable<AudioChunkMessage> chunks)
    {
        var user = CurrentUser();
        var key = await RequireJoinedAsync(user, conversationId);
        var snapshot = await Conversation(user, conversationId).GetEncounterAsync() ?? throw NotFound(conversationId);
        if (!snapshot.Consent.Obtained)
        {
            throw new HubException("No audio is accepted: the patient's consent to recording was not obtained.");
        }

        await audit.RecordAsync(Context, user, LiveAuditActions.Audio, conversationId);
        var grain = Conversation(user, conversationId);
        var limits = options.Value;
        var checks = new ChunkChecks(limits, ChunkRateLimiter.Of(Context, limits, time), () => relay.StatusOf(key));
        var acks = new ContiguousAck();
        await foreach (var chunk in chunks)
        {
            if (checks.ProblemWith(chunk) is { } problem)
            {
                await Clients.Caller.SendAsync(EncounterEventNames.Error, new LiveErrorMessage(conversationId, problem.Code, problem.Message, chunk.Sequence));
                continue;
            }

            var arrived = time.GetTimestamp();
            try
            {
                await audioDelivery.StoreAsync(grain, new EncounterAudioChunk(chunk.Sequence, chunk.Data!), Context.ConnectionAborted);
            }
            catch (EncounterStateException refused)
            {
                await Clients.Caller.SendAsync(EncounterEventNames.Error, new LiveErrorMessage(conversationId, "audio_refused", refused.Message, chunk.Sequence));
                continue;
            }
            catch (Exception failure) when (ClusterFailures.IsTransient(failure))
            {
                // The cluster could not take the chunk in time (a silo died and the grain has not moved yet): the client
                // is told, keeps the chunk unacknowledged and resends it; the upload goes on with the next one.
                await Clients.Caller.SendAsync(EncounterEventNames.Error, new LiveErrorMessage(
                    conversationId, "chunk_not_stored", $"Chunk {chunk.Sequence} could not be stored just now; resend it.", chunk.Sequence));
                continue;
            }

            var acked = acks.Record(chunk.Sequence);
            await Clients.Caller.SendAsync(EncounterEventNames.AudioAck, new AudioAckMessage(conversationId, acked, chunk.Sequence));
            MeshMetrics.AudioChunkAcknowledged(time.GetElapsedTime(arrived));
        }
    }

    /// <summary>Typed input, handled like a final utterance. In radiology mode, text opening with "Findings:" or "Impression:" goes to that section.</summary>
    public async Task SendText(string conversationId, string speaker, string text)
    {
        var user = CurrentUser();
        await RequireJoinedAsync(user, conversationId);
        if (speaker is not (SpeakerRoles.Doctor or SpeakerRoles.Patient))
        {
            throw new HubException("speaker must be doctor or patient.");
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000)
        {
            throw new HubException("text must hold 1 to 4000 characters.");
        }

        await Guarded(() => Conversation(user, conversationId).SendTextAsync(new EncounterText(speaker, text)));
        await audit.RecordAsync(Context, user, LiveAuditActions.Text, conversationId);
    }

    public Task PauseEncounter(string conversationId) =>
        ChangeAsync(conversationId, LiveAuditActions.Pause, (grain, user) => grain.PauseEncounterAsync(user));

    public Task ResumeEncounter(string conversationId) =>
        ChangeAsync(conversationId, LiveAuditActions.Resume, (grain, user) => grain.ResumeEncounterAsync(user));

    /// <summary>
    /// Ends the encounter once every chunk stored before this call is transcribed. Returns the draft id (also announced
    /// with <c>draftReady</c>), or null when nothing was said.
    /// </summary>
    public async Task<string?> EndEncounter(string conversationId)
    {
        var user = CurrentUser();
        var key = await RequireJoinedAsync(user, conversationId);
        var snapshot = await Guarded(() => Conversation(user, conversationId).EndEncounterAsync(user.UserId));
        relay.SetStatus(key, EncounterStatus.Ended);
        await audit.RecordAsync(Context, user, LiveAuditActions.End, conversationId);
        await grains.GetGrain<ILiveEncounterRegistryGrain>(user.Tenant).ReleaseAsync(conversationId);
        return snapshot.DraftId;
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await relay.LeaveAllAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    private async Task<EncounterSnapshot> ChangeAsync(string conversationId, string action, Func<IConversationGrain, string, Task<EncounterSnapshot>> change)
    {
        var user = CurrentUser();
        var key = await RequireJoinedAsync(user, conversationId);
        var snapshot = await Guarded(() => change(Conversation(user, conversationId), user.UserId));
        relay.SetStatus(key, snapshot.Status);
        await audit.RecordAsync(Context, user, action, conversationId);
        return snapshot;
    }

    private async Task<string> RequireJoinedAsync(ClinicUser user, string conversationId)
    {
        var key = Key(user, conversationId);
        if (relay.HasJoined(Context.ConnectionId, key))
        {
            return key;
        }

        // Not joined on this connection: join now if the encounter exists in the caller's clinic (e.g. after a reconnect).
        var snapshot = await Conversation(user, conversationId).GetEncounterAsync() ?? throw NotFound(conversationId);
        await relay.JoinAsync(Context.ConnectionId, key, snapshot.Status, snapshot.LastEventSequence);
        return key;
    }

    private static async Task<T> Guarded<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (EncounterStateException refused)
        {
            throw new HubException(refused.Message);
        }
        catch (KeyNotFoundException missing)
        {
            throw new HubException(missing.Message);
        }
    }

    private ClinicUser CurrentUser() =>
        Context.User?.ToClinicUser() ?? throw new HubException("The connection has no clinic user.");

    private IConversationGrain Conversation(ClinicUser user, string conversationId) =>
        grains.GetGrain<IConversationGrain>(Key(user, conversationId));

    private static string Key(ClinicUser user, string conversationId) =>
        ClinicIds.IsValid(conversationId)
            ? ConversationKeys.For(user.Tenant, conversationId)
            : throw new HubException("conversationId is not a valid id.");

    private static HubException NotFound(string conversationId) => new($"Encounter {conversationId} was not found.");
}

/// <summary>The answer to JoinEncounter: the encounter now, and the events the client missed.</summary>
public sealed record JoinEncounterResult(EncounterSnapshot Encounter, IReadOnlyList<EncounterEvent> Events);
