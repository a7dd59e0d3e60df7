using Mesh.Grains.Scribe;
using Orleans;

namespace Mesh.Grains.Conversations;

/// <summary>The draft as the doctor signs it: their edits of the note, the patient summary and the actionables.</summary>
/// <param name="ClinicalDraft">The note as reviewed.</param>
/// <param name="PatientSummaryMd">The patient summary as reviewed.</param>
/// <param name="Actionables">The actionables as reviewed.</param>
[GenerateSerializer, Alias("Mesh.Grains.Conversations.ReviewedDraft")]
public sealed record ReviewedDraft(ClinicalDraft ClinicalDraft, string PatientSummaryMd, IReadOnlyList<Actionable> Actionables);

/// <summary>The doctor who signs: taken from the authenticated user, never from the request body.</summary>
/// <param name="DoctorId">The user id.</param>
/// <param name="DisplayName">The name printed on the signature line.</param>
[GenerateSerializer, Alias("Mesh.Grains.Conversations.Signer"), Immutable]
public sealed record Signer(string DoctorId, string DisplayName);

/// <summary>A report version written to the record.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="Version">Its version, 1 for the first.</param>
[GenerateSerializer, Alias("Mesh.Grains.Conversations.FinalizedReport"), Immutable]
public sealed record FinalizedReport(string ReportId, int Version);
