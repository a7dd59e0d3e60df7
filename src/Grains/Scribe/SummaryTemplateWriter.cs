using System.Text;
using Mesh.Grains.Conversations;

namespace Mesh.Grains.Scribe;

/// <summary>Writes grounded visit facts in the sections, order and prescription format a template asks for.</summary>
internal static class SummaryTemplateWriter
{
    private static readonly Dictionary<string, (string En, string Hu)> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["complaint"] = ("Reason for the visit", "A látogatás oka"),
        ["symptoms"] = ("Symptoms", "Tünetek"),
        ["findings"] = ("Findings", "Leletek"),
        ["medications"] = ("Medications", "Gyógyszerek"),
        ["diagnoses"] = ("Diagnoses", "Diagnózisok"),
        ["plan"] = ("Plan", "Terv"),
        ["followUp"] = ("Follow-up", "Kontroll"),
    };

    public static string Write(SummaryTemplate template, ClinicalDraft draft, IReadOnlyList<string> imageFindings)
    {
        var hungarian = template.Language.StartsWith("hu", StringComparison.OrdinalIgnoreCase);
        var text = new StringBuilder();
        text.Append("# ").Append(template.Tone == "plain" ? (hungarian ? "A látogatás összefoglalója" : "Your visit") : (hungarian ? "Klinikai összefoglaló" : "Clinical summary")).Append("\n\n");
        foreach (var section in template.Sections)
        {
            var title = Titles.TryGetValue(section, out var t) ? (hungarian ? t.Hu : t.En) : section;
            text.Append("## ").Append(title).Append('\n');
            var lines = Lines(section, draft, imageFindings, template.PrescriptionFormat).ToList();
            if (lines.Count == 0)
            {
                text.Append(hungarian ? "Nem hangzott el.\n\n" : "Not stated.\n\n");
                continue;
            }

            text.AppendJoin('\n', lines).Append("\n\n");
        }

        return text.ToString().TrimEnd() + "\n";
    }

    private static IEnumerable<string> Lines(string section, ClinicalDraft draft, IReadOnlyList<string> imageFindings, string prescriptionFormat) =>
        section.ToLowerInvariant() switch
        {
            "complaint" => draft.ChiefComplaint is { } complaint ? [complaint.Text] : [],
            "symptoms" => draft.Symptoms.Select(s => $"- {(s.Negated ? "no " : string.Empty)}{s.Name}{(s.Duration is null ? string.Empty : $", {s.Duration}")}"),
            "findings" => draft.Vitals.Select(v => $"- {v.Kind}: {v.Value} {v.Unit}".TrimEnd()).Concat(imageFindings.Select(f => $"- {f}")),
            "medications" => prescriptionFormat == "table"
                ? ["| medication | dose | route | frequency | status |", "| --- | --- | --- | --- | --- |",
                    .. draft.Medications.Select(m => $"| {m.Name} | {m.Dose} | {m.Route} | {m.Frequency} | {m.Status} |")]
                : draft.Medications.Select(m => $"- {m.Name} {m.Dose} {m.Frequency} ({m.Status})".Replace("  ", " ", StringComparison.Ordinal)),
            "diagnoses" => draft.Diagnoses.Select(d => $"- {d.Text}{(d.Icd10 is null ? string.Empty : $" ({d.Icd10})")}"),
            "plan" => draft.Plan.Select(p => $"- {p.Text}").Concat(draft.Actionables.Select(a => $"- {a.Text}")).Distinct(),
            "followup" => draft.FollowUp is { } followUp ? [followUp.Text] : [],
            _ => [],
        };
}
