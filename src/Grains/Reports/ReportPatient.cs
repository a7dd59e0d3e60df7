namespace Mesh.Grains.Reports;

/// <summary>The patient block of a report.</summary>
public sealed record ReportPatient(string Name, DateOnly BirthDate, string PatientId);
