using Mesh.Grains.Encounters;
using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Conversations;

/// <summary>One doctor-patient encounter. Key: <c>{tenant}/{conversationId}</c> (see <see cref="ConversationKeys"/>).</summary>
[Alias("Mesh.Grains.Conversations.IConversationGrain")]
public interface IConversationGrain : IGrainWithStringKey
{
    /// <summary>Transcribes (or parses the typed transcript), extracts a grounded draft and keeps it; the draft replaces any earlier one.</summary>
    [Alias("GenerateDraftAsync")]
    Task<Draft> GenerateDraftAsync(DraftRequest request);

    /// <summary>The draft with this id, or null.</summary>
    [ReadOnly]
    [Alias("GetDraftAsync")]
    Task<Draft?> GetDraftAsync(string draftId);

    /// <summary>Summarises several recordings, images and notes of the visit to a template; a file that fails is reported, the rest still count.</summary>
    [Alias("SummarizeVisitAsync")]
    Task<VisitSummary> SummarizeVisitAsync(VisitSummaryRequest request);

    /// <summary>
    /// Signs the reviewed draft into a report (version 1) with its PDF. Finalizing the same draft again returns the same report.
    /// </summary>
    [Alias("FinalizeAsync")]
    Task<FinalizedReport> FinalizeAsync(string draftId, ReviewedDraft reviewed, Signer signer);

    /// <summary>Starts a live encounter (again: returns the one there is). Audio is refused unless consent was obtained.</summary>
    [Alias("StartEncounterAsync")]
    Task<EncounterSnapshot> StartEncounterAsync(EncounterStart start);

    /// <summary>The live encounter, or null when none was started.</summary>
    [ReadOnly]
    [Alias("GetEncounterAsync")]
    Task<EncounterSnapshot?> GetEncounterAsync();

    /// <summary>Just the encounter's status (null when none was started): cheap enough to ask often.</summary>
    [ReadOnly]
    [Alias("GetEncounterStatusAsync")]
    Task<EncounterStatus?> GetEncounterStatusAsync();

    /// <summary>The kept events numbered after <paramref name="afterSequence"/>, for a client that re-joins.</summary>
    [ReadOnly]
    [Alias("GetEncounterEventsAsync")]
    Task<EncounterEvent[]> GetEncounterEventsAsync(long afterSequence);

    /// <summary>
    /// Stores one audio chunk of the live encounter and returns once it is stored; a repeat is stored once. The chunk is
    /// transcribed afterwards, in order, in the grain's own turns, so storing never waits behind transcription. Fails
    /// with <see cref="EncounterStateException"/> while the encounter takes no audio (paused, ended, no consent).
    /// Storing takes milliseconds, so a call unanswered for 10 s is given up (a <see cref="TimeoutException"/>) and sent
    /// again by the caller, instead of waiting out the client's whole response timeout: a call that was on its way to a
    /// silo killed at that moment is never answered.
    /// </summary>
    [AlwaysInterleave]
    [ResponseTimeout("00:00:10")]
    [Alias("ReceiveAudioAsync")]
    Task ReceiveAudioAsync(EncounterAudioChunk chunk);

    /// <summary>Cuts the stored chunks not yet handled into utterances and handles them (the grain calls this on itself).</summary>
    [OneWay]
    [Alias("ProcessReceivedAudioAsync")]
    Task ProcessReceivedAudioAsync();

    /// <summary>
    /// Sends this encounter's next events to <paramref name="observer"/> for a while (a WebFrontend renews it). When this
    /// activation was not sending to it yet (first follow, after a failover or an expiry), also returns the kept events
    /// after <paramref name="afterSequence"/>, so the follower misses nothing.
    /// </summary>
    // Renewals of all followed encounters run in rounds: one sent to a silo that just died must not hold the round up.
    [ResponseTimeout("00:00:05")]
    [Alias("FollowEncounterAsync")]
    Task<EncounterEvent[]> FollowEncounterAsync(IEncounterObserver observer, long afterSequence);

    /// <summary>Stops sending events to <paramref name="observer"/>.</summary>
    [ResponseTimeout("00:00:05")]
    [Alias("UnfollowEncounterAsync")]
    Task UnfollowEncounterAsync(IEncounterObserver observer);

    /// <summary>Typed input, handled like a final utterance.</summary>
    [Alias("SendTextAsync")]
    Task<EncounterSnapshot> SendTextAsync(EncounterText text);

    /// <summary>Stops taking audio until resumed.</summary>
    [Alias("PauseEncounterAsync")]
    Task<EncounterSnapshot> PauseEncounterAsync(string userId);

    /// <summary>Takes audio again.</summary>
    [Alias("ResumeEncounterAsync")]
    Task<EncounterSnapshot> ResumeEncounterAsync(string userId);

    /// <summary>Transcribes every chunk stored before this call, ends the encounter and generates its draft as the scribe flow does.</summary>
    [Alias("EndEncounterAsync")]
    Task<EncounterSnapshot> EndEncounterAsync(string userId);
}
