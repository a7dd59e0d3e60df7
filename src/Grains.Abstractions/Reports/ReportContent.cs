using Mesh.Grains.Scribe;
using Orleans;

namespace Mesh.Grains.Reports;

/// <summary>
/// What a report version holds: the note as signed, the AI draft it came from and the doctor's edits between the two,
/// so that anyone can see what the AI proposed and what the doctor decided.
/// </summary>
/// <param name="ClinicalDraft">The note as signed.</param>
/// <param name="PatientSummaryMd">The patient summary as signed.</param>
/// <param name="Actionables">The actionables as signed.</param>
/// <param name="AiDraft">The AI draft as generated.</param>
/// <param name="Edits">Items the doctor added, removed or changed.</param>
/// <param name="PatientName">The patient's name at signing.</param>
/// <param name="PatientBirthDate">The patient's birth date.</param>
/// <param name="DoctorName">The signing doctor's name.</param>
/// <param name="VisitDate">The visit date.</param>
/// <param name="AmendmentReason">Why this version amends the previous one; null for version 1.</param>
[GenerateSerializer, Alias("Mesh.Grains.Reports.ReportContent")]
public sealed record ReportContent(
    ClinicalDraft ClinicalDraft,
    string PatientSummaryMd,
    IReadOnlyList<Actionable> Actionables,
    ClinicalDraft AiDraft,
    IReadOnlyList<ReportEdit> Edits,
    string PatientName,
    DateOnly PatientBirthDate,
    string DoctorName,
    DateOnly VisitDate,
    string? AmendmentReason);

/// <summary>One difference between the AI draft and the signed note.</summary>
/// <param name="Section">The section, e.g. <c>medications</c>.</param>
/// <param name="Change"><c>added</c>, <c>removed</c> or <c>changed</c>.</param>
/// <param name="Before">The item as the AI drafted it.</param>
/// <param name="After">The item as signed.</param>
[GenerateSerializer, Alias("Mesh.Grains.Reports.ReportEdit"), Immutable]
public sealed record ReportEdit(string Section, string Change, string? Before, string? After);

/// <summary>A stored report version.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="Version">This version.</param>
/// <param name="PreviousVersion">The version it amends; null for version 1.</param>
/// <param name="PatientId">The patient.</param>
/// <param name="DoctorId">The signing doctor.</param>
/// <param name="DraftId">The draft it came from.</param>
/// <param name="FinalizedAt">When it was signed.</param>
/// <param name="Content">What it says.</param>
/// <param name="PdfSha256">The SHA-256 of its PDF, checked on every read.</param>
[GenerateSerializer, Alias("Mesh.Grains.Reports.ReportView"), Immutable]
public sealed record ReportView(
    string ReportId,
    int Version,
    int? PreviousVersion,
    string PatientId,
    string DoctorId,
    string DraftId,
    DateTimeOffset FinalizedAt,
    ReportContent Content,
    string PdfSha256);

/// <summary>A report in a patient's list: its latest version.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="Version">Its latest version.</param>
/// <param name="DoctorId">Who signed that version.</param>
/// <param name="FinalizedAt">When.</param>
[GenerateSerializer, Alias("Mesh.Grains.Reports.ReportListing"), Immutable]
public sealed record ReportListing(string ReportId, int Version, string DoctorId, DateTimeOffset FinalizedAt);
