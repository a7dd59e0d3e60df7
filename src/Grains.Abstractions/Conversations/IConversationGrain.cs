using Mesh.Grains.Encounters;
using Mesh.Runtime;

namespace Mesh.Grains.Conversations;

/// <summary>One doctor-patient encounter. Key: <c>{tenant}/{conversationId}</c> (see <see cref="ConversationKeys"/>).</summary>
public interface IConversationGrain : IGrainWithStringKey
{
    /// <summary>Transcribes (or parses the typed transcript), extracts a grounded draft and keeps it; the draft replaces any earlier one.</summary>
    Task<Draft> GenerateDraftAsync(DraftRequest request);

    /// <summary>The draft with this id, or null.</summary>
    [ReadOnly]
    Task<Draft?> GetDraftAsync(string draftId);

    /// <summary>Summarises several recordings, images and notes of the visit to a template; a file that fails is reported, the rest still count.</summary>
    Task<VisitSummary> SummarizeVisitAsync(VisitSummaryRequest request);

    /// <summary>
    /// Signs the reviewed draft into a report (version 1) with its PDF. Finalizing the same draft again returns the same report.
    /// </summary>
    Task<FinalizedReport> FinalizeAsync(string draftId, ReviewedDraft reviewed, Signer signer);

    /// <summary>Starts a live encounter (again: returns the one there is). Audio is refused unless consent was obtained.</summary>
    Task<EncounterSnapshot> StartEncounterAsync(EncounterStart start);

    /// <summary>The live encounter, or null when none was started.</summary>
    [ReadOnly]
    Task<EncounterSnapshot?> GetEncounterAsync();

    /// <summary>Just the encounter's status (null when none was started): cheap enough to ask often.</summary>
    [ReadOnly]
    Task<EncounterStatus?> GetEncounterStatusAsync();

    /// <summary>The kept events numbered after <paramref name="afterSequence"/>, for a client that re-joins.</summary>
    [ReadOnly]
    Task<EncounterEvent[]> GetEncounterEventsAsync(long afterSequence);

    /// <summary>Typed input, handled like a final utterance.</summary>
    Task<EncounterSnapshot> SendTextAsync(EncounterText text);

    /// <summary>Stops taking audio until resumed.</summary>
    Task<EncounterSnapshot> PauseEncounterAsync(string userId);

    /// <summary>Takes audio again.</summary>
    Task<EncounterSnapshot> ResumeEncounterAsync(string userId);

    /// <summary>Transcribes what is left, ends the encounter and generates its draft as the scribe flow does.</summary>
    Task<EncounterSnapshot> EndEncounterAsync(string userId);
}
