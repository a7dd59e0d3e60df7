using Mesh.Grains.Scribe;

namespace Mesh.Grains.Reports;

/// <summary>
/// What the doctor changed between two versions of a note, section by section. Items are matched by their key
/// (medication name, allergen, symptom, vital kind, diagnosis text); a matched item that differs is "changed".
/// </summary>
public static class DraftEdits
{
    public static IReadOnlyList<ReportEdit> Between(ClinicalDraft before, ClinicalDraft after)
    {
        var edits = new List<ReportEdit>();
        Compare(edits, "chiefComplaint", Single(before.ChiefComplaint), Single(after.ChiefComplaint), _ => "chiefComplaint", t => t.Text);
        Compare(edits, "symptoms", before.Symptoms, after.Symptoms, s => s.Name, s => $"{(s.Negated ? "no " : string.Empty)}{s.Name} {s.Duration}".Trim());
        Compare(edits, "vitals", before.Vitals, after.Vitals, v => v.Kind.ToString(), v => $"{v.Kind} {v.Value} {v.Unit}".Trim());
        Compare(edits, "medications", before.Medications, after.Medications, m => m.Name, m => $"{m.Name} {m.Dose} {m.Route} {m.Frequency} {m.Status}".Trim());
        Compare(edits, "allergies", before.Allergies, after.Allergies, a => a.Substance, a => $"{a.Substance} {a.Reaction}".Trim());
        Compare(edits, "diagnoses", before.Diagnoses, after.Diagnoses, d => d.Text, d => $"{d.Text} {d.Icd10}".Trim());
        Compare(edits, "plan", before.Plan, after.Plan, p => p.Text, p => p.Text);
        Compare(edits, "followUp", Single(before.FollowUp), Single(after.FollowUp), _ => "followUp", t => t.Text);
        Compare(edits, "actionables", before.Actionables, after.Actionables, a => $"{a.Kind}:{a.Text}", a => $"{a.Kind}: {a.Text}");
        return edits;
    }

    private static IReadOnlyList<T> Single<T>(T? item) where T : class => item is null ? [] : [item];

    private static void Compare<T>(List<ReportEdit> edits, string section, IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key, Func<T, string> describe)
    {
        var old = before.GroupBy(i => key(i).ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());
        var now = after.GroupBy(i => key(i).ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());
        foreach (var (k, item) in old.Where(o => !now.ContainsKey(o.Key)))
        {
            edits.Add(new ReportEdit(section, "removed", describe(item), null));
        }

        foreach (var (k, item) in now)
        {
            if (!old.TryGetValue(k, out var previous))
            {
                edits.Add(new ReportEdit(section, "added", null, describe(item)));
            }
            else if (describe(previous) != describe(item))
            {
                edits.Add(new ReportEdit(section, "changed", describe(previous), describe(item)));
            }
        }
    }
}
