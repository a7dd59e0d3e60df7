using Mesh.Grains.Scribe;
using Orleans;

namespace Mesh.Grains.Conversations;

/// <summary>
/// An AI draft of one visit, held by its conversation. It is not part of the legal record: only a doctor's
/// finalize turns a reviewed copy of it into a report.
/// </summary>
/// <param name="DraftId">The draft's id: the conversation id and a revision number.</param>
/// <param name="ConversationId">The conversation that holds it.</param>
/// <param name="PatientId">The patient.</param>
/// <param name="DoctorId">The treating doctor.</param>
/// <param name="Date">The visit date.</param>
/// <param name="Language">The patient's language.</param>
/// <param name="Transcript">What was said, as timed segments.</param>
/// <param name="ClinicalDraft">The structured note; every item points to its evidence.</param>
/// <param name="PatientSummaryMd">The plain-language summary for the patient, as markdown.</param>
/// <param name="Warnings">What the draft's makers noticed: dropped items, fallbacks, unsupported languages.</param>
/// <param name="CreatedAt">When the draft was made.</param>
/// <param name="AllergyConflicts">Drugs the draft orders or continues against the allergies on record (also among <paramref name="Warnings"/>, as text).</param>
[GenerateSerializer, Alias("Mesh.Grains.Conversations.Draft")]
public sealed record Draft(
    string DraftId,
    string ConversationId,
    string PatientId,
    string DoctorId,
    DateOnly Date,
    string Language,
    Transcript Transcript,
    ClinicalDraft ClinicalDraft,
    string PatientSummaryMd,
    IReadOnlyList<string> Warnings,
    DateTimeOffset CreatedAt,
    IReadOnlyList<AllergyConflict>? AllergyConflicts = null);
