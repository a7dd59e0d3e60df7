using Mesh.Grains.Reports;

namespace Mesh.Grains.Tests.Reports;

/// <summary>Reports with accented names and enough text for two pages, for tests and the render benchmark.</summary>
public static class SampleReports
{
    public const string PatientName = "Szűcs-Kőváry Erzsébet Űrsula";
    public const string DoctorName = "Dr. Szőke Gábor";
    public const string SigningDoctor = "Dr. Weiß Jürgen";

    public static ReportDocument TwoPages()
    {
        var history = string.Join(' ', Enumerable.Repeat(
            "A beteg három napja tartó köhögésről és enyhe lázról számol be; étvágya csökkent, éjszaka rosszul alszik.", 12));
        var findings = string.Join(' ', Enumerable.Repeat(
            "Auscultation reveals scattered crackles over the right lower lobe; no wheeze; oxygen saturation 95% on room air.", 10));
        return Create(
            [
                ReportSection.Text("Anamnézis", history, "Allergia: penicillin (kiütés). Dohányzás: nem."),
                ReportSection.Text("Findings", findings),
                ReportSection.BulletList("Plan", "Chest X-ray today", "Follow-up in one week", "Return sooner if breathless — Straße 5, Größe"),
            ],
            [
                new ReportMedication("Amoxicillin/Clavulansäure", "875/125 mg", "oral", "twice daily for 7 days", "new"),
                new ReportMedication("Paracetamol", "500 mg", "oral", "as needed, max 4×/day", "continued"),
                new ReportMedication("Ramipril", "5 mg", "oral", "once daily", "paused"),
            ]);
    }

    public static ReportDocument LongSection(int paragraphs)
    {
        var text = Enumerable.Range(1, paragraphs)
            .Select(i => $"Paragraph {i}: the patient describes intermittent chest discomfort on exertion, relieved by rest, without radiation.")
            .ToArray();
        return Create([ReportSection.Text("History of present illness", text)], []);
    }

    public static ReportDocument Create(IReadOnlyList<ReportSection> sections, IReadOnlyList<ReportMedication> medications) => new(
        "Mesh Klinika Budapest",
        new ReportPatient(PatientName, new DateOnly(1957, 3, 14), "P-000123"),
        DoctorName,
        new DateOnly(2026, 11, 20),
        "R-2026-0042",
        2,
        new DateTimeOffset(2026, 11, 20, 15, 30, 0, TimeSpan.FromHours(1)),
        sections,
        medications,
        new ReportSignature(SigningDoctor, new DateTimeOffset(2026, 11, 20, 15, 29, 0, TimeSpan.FromHours(1))),
        AmendsVersion: 1);
}
