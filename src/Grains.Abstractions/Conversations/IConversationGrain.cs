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
}
