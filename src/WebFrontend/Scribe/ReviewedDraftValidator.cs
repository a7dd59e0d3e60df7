using Mesh.Grains.Scribe;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Scribe;

/// <summary>
/// Checks a doctor's reviewed note before it is signed: present, bounded, free of control characters. The doctor may
/// change anything; the check only keeps hostile or broken input out of the record and the PDF.
/// </summary>
public static class ReviewedDraftValidator
{
    private const int MaxItems = 200;
    private const int MaxText = 2_000;
    private const int MaxSummary = 50_000;

    public static Dictionary<string, string[]> Validate(ClinicalDraft? note, string? summary, IReadOnlyList<Actionable>? actionables)
    {
        var errors = new Dictionary<string, string[]>();
        if (note is null)
        {
            errors["clinicalDraft"] = ["Required: the reviewed clinical draft."];
            return errors;
        }

        if (summary is null || summary.Length > MaxSummary || summary.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors["patientSummaryMd"] = [$"Required: at most {MaxSummary} characters, no control characters other than line breaks."];
        }

        Check(errors, "clinicalDraft.symptoms", note.Symptoms, s => [s.Name, s.Duration]);
        Check(errors, "clinicalDraft.vitals", note.Vitals, v => [v.Value, v.Unit]);
        Check(errors, "clinicalDraft.medications", note.Medications, m => [m.Name, m.Dose, m.Route, m.Frequency]);
        Check(errors, "clinicalDraft.allergies", note.Allergies, a => [a.Substance, a.Reaction]);
        Check(errors, "clinicalDraft.diagnoses", note.Diagnoses, d => [d.Text, d.Icd10]);
        Check(errors, "clinicalDraft.plan", note.Plan, p => [p.Text]);
        Check(errors, "actionables", actionables ?? note.Actionables, a => [a.Text]);
        Check<TextItem>(errors, "clinicalDraft.chiefComplaint", note.ChiefComplaint is null ? [] : [note.ChiefComplaint], t => [t.Text]);
        Check<TextItem>(errors, "clinicalDraft.followUp", note.FollowUp is null ? [] : [note.FollowUp], t => [t.Text]);
        return errors;
    }

    private static void Check<T>(Dictionary<string, string[]> errors, string field, IReadOnlyList<T>? items, Func<T, string?[]> texts)
    {
        if (items is null)
        {
            errors[field] = ["Must be a list (may be empty)."];
            return;
        }

        if (items.Count > MaxItems)
        {
            errors[field] = [$"At most {MaxItems} items."];
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var values = items[i] is null ? [null] : texts(items[i]);
            if (values.Length == 0 || values[0] is null || values.Any(v => v is not null && !FreeText.IsValid(v, MaxText)))
            {
                errors[$"{field}[{i}]"] = [$"Text fields must be 1-{MaxText} characters without control characters."];
            }
        }
    }
}
