using System.Text;
using Mesh.Grains.Scribe.Extraction;
using Mesh.Grains.Scribe.Summary;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe;

/// <summary>
/// Writes the plain-language markdown summary a patient takes home, from the draft's facts only, in English or
/// Hungarian. Other languages get English and a warning, so the clinic knows a translation is still owed.
/// </summary>
public static class PatientSummaryWriter
{
    /// <summary>Writes the summary of the draft in the patient's language.</summary>
    public static PatientSummary Write(ClinicalDraft draft, string language)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var requested = Language.Normalize(language);
        var warnings = new List<string>();
        var written = requested;
        if (requested is not (Language.English or Language.Hungarian))
        {
            warnings.Add($"Patient summary language '{language}' is not supported; the summary is written in English.");
            written = Language.English;
        }

        var words = written == Language.Hungarian ? SummaryLanguages.Hungarian : SummaryLanguages.English;
        var markdown = new StringBuilder();
        markdown.Append("# ").AppendLine(words.Title).AppendLine();
        Findings(markdown, draft, words);
        Medicines(markdown, draft, words, written);
        NextSteps(markdown, draft, words);
        markdown.Append('_').Append(words.DraftNote).AppendLine("_");
        return new PatientSummary(written, markdown.ToString(), warnings);
    }

    private static void Findings(StringBuilder markdown, ClinicalDraft draft, SummaryPhrases words)
    {
        markdown.Append("## ").AppendLine(words.WhatWeFound).AppendLine();
        Line(markdown, words.CameInFor, draft.ChiefComplaint is null ? [] : [draft.ChiefComplaint.Text]);
        Line(markdown, words.Symptoms, draft.Symptoms.Where(s => !s.Negated).Select(s => s.Duration is null ? s.Name : $"{s.Name} ({s.Duration})"));
        Line(markdown, words.NotPresent, draft.Symptoms.Where(s => s.Negated).Select(s => s.Name));
        Line(markdown, words.Measurements, draft.Vitals.Select(v => $"{words.Vitals[v.Kind]} {words.Number(v.Value)}{(v.Unit is null ? string.Empty : " " + v.Unit)}"));
        Line(markdown, words.DoctorThinks, draft.Diagnoses.Select(d => d.Text));
        Line(markdown, words.Allergies, draft.Allergies.Select(a => a.Reaction is null ? a.Substance : $"{a.Substance} ({a.Reaction})"));
        markdown.AppendLine();
    }

    private static void Medicines(StringBuilder markdown, ClinicalDraft draft, SummaryPhrases words, string language)
    {
        markdown.Append("## ").AppendLine(words.YourMedicines).AppendLine();
        if (draft.Medications.Count == 0)
        {
            markdown.AppendLine(words.NoMedicineChanges).AppendLine();
            return;
        }

        foreach (var medication in draft.Medications)
        {
            var action = medication.Status switch
            {
                MedicationStatus.Started => words.Start,
                MedicationStatus.Changed => words.Change,
                MedicationStatus.Stopped => words.Stop,
                _ => words.Keep,
            };
            var how = medication.Status == MedicationStatus.Stopped
                ? []
                : new[] { medication.Dose, ScheduleWords.Route(medication.Route, language), ScheduleWords.Frequency(medication.Frequency, language) }
                    .Where(p => !string.IsNullOrEmpty(p));
            var details = string.Join(", ", how);
            markdown.Append("- **").Append(action).Append(":** ").Append(medication.Name);
            markdown.AppendLine(details.Length == 0 ? "." : $" – {details}.");
        }

        markdown.AppendLine();
    }

    private static void NextSteps(StringBuilder markdown, ClinicalDraft draft, SummaryPhrases words)
    {
        markdown.Append("## ").AppendLine(words.WhatToDoNext).AppendLine();
        // Medicine changes are told under "Your medicines"; do not tell them twice.
        var steps = draft.Actionables
            .Where(a => a.Kind != ActionableKind.Prescription && !draft.Medications.Any(m => ReferenceEquals(m.Evidence, a.Evidence)))
            .ToList();
        if (draft.FollowUp is not null && !steps.Any(a => a.Kind == ActionableKind.FollowUp))
        {
            steps.Insert(0, new Actionable(ActionableKind.FollowUp, draft.FollowUp.Text, draft.FollowUp.Evidence));
        }

        foreach (var step in steps.OrderBy(a => a.Kind == ActionableKind.FollowUp ? 0 : 1))
        {
            var label = step.Kind switch
            {
                ActionableKind.FollowUp => words.FollowUp,
                ActionableKind.Order => words.Tests,
                ActionableKind.Referral => words.Referral,
                _ => words.Other,
            };
            markdown.Append("- **").Append(label).Append(":** ").AppendLine(step.Text);
        }

        if (steps.Count == 0)
        {
            markdown.AppendLine(words.NothingToDo);
        }

        markdown.AppendLine();
    }

    private static void Line(StringBuilder markdown, string label, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count > 0)
        {
            markdown.Append("- **").Append(label).Append(":** ").Append(string.Join(", ", list)).AppendLine();
        }
    }
}
