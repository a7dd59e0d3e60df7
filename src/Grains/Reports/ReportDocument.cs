namespace Mesh.Grains.Reports;

/// <summary>Everything a finalized clinical report prints: who, when, what was found, what was prescribed, who signed.</summary>
/// <param name="ClinicName">Printed as the page header.</param>
/// <param name="Patient">Name, birth date and id of the patient the report is about.</param>
/// <param name="DoctorName">The treating doctor.</param>
/// <param name="VisitDate">Date of the encounter.</param>
/// <param name="ReportId">Identifier of the report in the system of record; printed in every footer.</param>
/// <param name="Version">Report version, starting at 1; printed in every footer.</param>
/// <param name="FinalizedAt">When the report was finalized.</param>
/// <param name="Sections">Clinical sections in print order.</param>
/// <param name="Medications">Medication table rows; may be empty.</param>
/// <param name="Signature">The signing doctor and time.</param>
/// <param name="AmendsVersion">Set when this version corrects an earlier one.</param>
public sealed record ReportDocument(
    string ClinicName,
    ReportPatient Patient,
    string DoctorName,
    DateOnly VisitDate,
    string ReportId,
    int Version,
    DateTimeOffset FinalizedAt,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<ReportMedication> Medications,
    ReportSignature Signature,
    int? AmendsVersion = null);
