namespace Mesh.Grains.Reports;

/// <summary>One row of the medications table.</summary>
public sealed record ReportMedication(string Name, string Dose, string Route, string Frequency, string Status);
