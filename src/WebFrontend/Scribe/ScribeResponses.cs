using Mesh.Grains.Conversations;
using Mesh.Grains.Scribe;

namespace Mesh.WebFrontend.Scribe;

/// <summary>The draft as POST /generate-draft returns it.</summary>
public sealed record DraftResponse(
    string DraftId,
    string ConversationId,
    Transcript Transcript,
    ClinicalDraft ClinicalDraft,
    string PatientSummaryMd,
    IReadOnlyList<Actionable> Actionables,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<AllergyConflict> AllergyConflicts)
{
    public static DraftResponse From(Draft draft) => new(
        draft.DraftId, draft.ConversationId, draft.Transcript, draft.ClinicalDraft, draft.PatientSummaryMd, draft.ClinicalDraft.Actionables, draft.Warnings,
        draft.AllergyConflicts ?? []);
}

/// <summary>The body of POST /finalize-report: the draft as the doctor reviewed it.</summary>
public sealed record FinalizeRequest(string? DraftId, ClinicalDraft? ClinicalDraft, string? PatientSummaryMd, IReadOnlyList<Actionable>? Actionables);

/// <summary>The body of POST /reports/{id}/amend.</summary>
public sealed record AmendRequest(ClinicalDraft? ClinicalDraft, string? PatientSummaryMd, IReadOnlyList<Actionable>? Actionables, string? Reason);

/// <summary>A signed report version and where its PDF is.</summary>
public sealed record FinalizeResponse(string ReportId, int Version, string PdfUrl)
{
    public static FinalizeResponse From(FinalizedReport report) =>
        new(report.ReportId, report.Version, $"/api/v1/reports/{report.ReportId}/pdf?version={report.Version}");
}
