using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe;

/// <summary>
/// Checks any draft, from this service or from a language model, against its transcript: every evidence
/// span must exist and quote the transcript exactly, and the item's key term (drug, allergen, vital value,
/// symptom) must be in one of its quotes. Items that fail are dropped, never repaired, so nothing
/// ungrounded reaches a clinician's review looking like a fact.
/// </summary>
public static class GroundingValidator
{
    /// <summary>Validates the draft and returns it cleaned, with a warning for every dropped item.</summary>
    public static GroundingResult Validate(ClinicalDraft draft, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(transcript);
        var check = new EvidenceCheck(transcript);
        var warnings = new List<string>();

        var cleaned = new ClinicalDraft(
            Single(draft.ChiefComplaint, i => check.Problem(i.Evidence), "chief complaint", warnings),
            Keep(draft.Symptoms, s => $"symptom '{s.Name}'", s => check.Problem(s.Evidence) ?? KeyProblem(s.Name, s.Evidence, KeyTerm.OccursIn), warnings),
            Keep(draft.Vitals, v => $"vital {v.Kind} '{v.Value}'", v => check.Problem(v.Evidence) ?? KeyProblem(v.Value, v.Evidence, KeyTerm.NumbersOccurIn), warnings),
            Keep(draft.Medications, m => $"medication '{m.Name}'", m => check.Problem(m.Evidence) ?? KeyProblem(m.Name, m.Evidence, KeyTerm.NameOccursIn), warnings),
            Keep(draft.Allergies, a => $"allergy '{a.Substance}'", a => check.Problem(a.Evidence) ?? KeyProblem(a.Substance, a.Evidence, KeyTerm.NameOccursIn), warnings),
            Keep(draft.Diagnoses, d => $"diagnosis '{d.Text}'", d => check.Problem(d.Evidence), warnings),
            Keep(draft.Plan, p => $"plan item '{p.Text}'", p => check.Problem(p.Evidence), warnings),
            Single(draft.FollowUp, i => check.Problem(i.Evidence), "follow-up", warnings),
            Keep(draft.Actionables, a => $"actionable {a.Kind} '{a.Text}'", a => check.Problem(a.Evidence), warnings));
        return new GroundingResult(cleaned, warnings);
    }

    private static List<T> Keep<T>(IReadOnlyList<T>? items, Func<T, string> name, Func<T, string?> problem, List<string> warnings)
    {
        var kept = new List<T>();
        foreach (var item in items ?? [])
        {
            var why = problem(item);
            if (why is null)
            {
                kept.Add(item);
            }
            else
            {
                warnings.Add($"Dropped {name(item)}: {why}.");
            }
        }

        return kept;
    }

    private static TextItem? Single(TextItem? item, Func<TextItem, string?> problem, string name, List<string> warnings)
    {
        if (item is null)
        {
            return null;
        }

        var why = problem(item);
        if (why is null)
        {
            return item;
        }

        warnings.Add($"Dropped {name} '{item.Text}': {why}.");
        return null;
    }

    private static string? KeyProblem(string? key, IReadOnlyList<Evidence> evidence, Func<string, string, bool> occursIn) =>
        string.IsNullOrWhiteSpace(key) ? "it has no key term"
        : evidence.Any(e => occursIn(key, e.Quote)) ? null
        : $"'{key}' does not occur in any of its quotes";
}
