namespace Mesh.Grains.Reports;

/// <summary>The doctor whose sign-off made the report part of the record, and when.</summary>
public sealed record ReportSignature(string DoctorName, DateTimeOffset SignedAt);
