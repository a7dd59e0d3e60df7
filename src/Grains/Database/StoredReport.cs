namespace Mesh.Grains.Database;

/// <summary>
/// One version of a finalized report, as kept in the legal record. A correction is a new version whose
/// <paramref name="PreviousVersion"/> names the version it replaces.
/// </summary>
/// <param name="Tenant">The clinic the report belongs to.</param>
/// <param name="ReportId">The report's id, shared by all its versions.</param>
/// <param name="Version">This version, from 1.</param>
/// <param name="PreviousVersion">The version this one corrects; null for the first.</param>
/// <param name="PatientId">The patient the report is about.</param>
/// <param name="DoctorId">The doctor who signed it off.</param>
/// <param name="DraftId">The draft it was finalized from.</param>
/// <param name="FinalizedAt">When it was signed off; stored as UTC with microsecond precision.</param>
/// <param name="ContentJson">The structured clinical content.</param>
/// <param name="Pdf">The rendered PDF; empty when a listing left it unloaded.</param>
/// <param name="PdfSha256">The PDF's SHA-256, kept so a copy can be checked against the record.</param>
public sealed record StoredReport(
    string Tenant,
    string ReportId,
    int Version,
    int? PreviousVersion,
    string PatientId,
    string DoctorId,
    string DraftId,
    DateTimeOffset FinalizedAt,
    string ContentJson,
    byte[] Pdf,
    string PdfSha256);
