using System.Globalization;
using Mesh.Grains.Scribe;

namespace Mesh.Grains.Reports;

/// <summary>Lays a signed note out as the sections of its PDF.</summary>
internal static class ReportDocumentBuilder
{
    public static ReportDocument Build(string tenant, string reportId, int version, DateTimeOffset finalizedAt, string patientId, ReportContent content)
    {
        var note = content.ClinicalDraft;
        var sections = new List<ReportSection>();
        Add(sections, "Chief complaint", note.ChiefComplaint?.Text);
        AddBullets(sections, "Symptoms", note.Symptoms.Select(Describe));
        AddBullets(sections, "Vital signs", note.Vitals.Select(v => $"{Name(v.Kind)}: {v.Value}{(v.Unit is null ? string.Empty : " " + v.Unit)}"));
        AddBullets(sections, "Allergies", note.Allergies.Select(a => a.Reaction is null ? a.Substance : $"{a.Substance} ({a.Reaction})"));
        AddBullets(sections, "Diagnoses", note.Diagnoses.Select(d => d.Icd10 is null ? d.Text : $"{d.Text} (ICD-10 {d.Icd10})"));
        AddBullets(sections, "Plan", note.Plan.Select(p => p.Text));
        Add(sections, "Follow-up", note.FollowUp?.Text);
        AddBullets(sections, "Actions", content.Actionables.Select(a => $"{a.Kind}: {a.Text}"));
        Add(sections, "Summary for the patient", PlainText(content.PatientSummaryMd));
        Add(sections, "Amendment", content.AmendmentReason);

        var medications = note.Medications
            .Select(m => new ReportMedication(m.Name, m.Dose ?? string.Empty, m.Route ?? string.Empty, m.Frequency ?? string.Empty, m.Status.ToString().ToLowerInvariant()))
            .ToList();
        return new ReportDocument(
            tenant,
            new ReportPatient(content.PatientName, content.PatientBirthDate, patientId),
            content.DoctorName,
            content.VisitDate,
            reportId,
            version,
            finalizedAt,
            sections,
            medications,
            new ReportSignature(content.DoctorName, finalizedAt),
            version > 1 ? version - 1 : null);
    }

    private static string Describe(SymptomItem symptom)
    {
        var text = symptom.Negated ? $"No {symptom.Name}" : symptom.Name;
        return symptom.Duration is null ? text : $"{text}, {symptom.Duration}";
    }

    private static string Name(VitalKind kind) => kind switch
    {
        VitalKind.BloodPressure => "Blood pressure",
        VitalKind.HeartRate => "Heart rate",
        VitalKind.RespiratoryRate => "Respiratory rate",
        VitalKind.OxygenSaturation => "Oxygen saturation",
        _ => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(kind.ToString().ToLowerInvariant()),
    };

    private static void Add(List<ReportSection> sections, string title, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            sections.Add(ReportSection.Text(title, text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
    }

    private static void AddBullets(List<ReportSection> sections, string title, IEnumerable<string> bullets)
    {
        var list = bullets.ToArray();
        if (list.Length > 0)
        {
            sections.Add(ReportSection.BulletList(title, list));
        }
    }

    // The PDF prints text, not markdown: drop heading marks, emphasis and list bullets.
    private static string PlainText(string markdown) =>
        string.Join('\n', markdown.Split('\n').Select(line => line.TrimStart('#', ' ', '-', '*').Replace("**", string.Empty, StringComparison.Ordinal)));
}
