using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>Turns started and changed medications into prescriptions to write, and stopped ones into notes.</summary>
internal static class Prescriptions
{
    public static IEnumerable<Actionable> From(IEnumerable<MedicationItem> medications, string language)
    {
        var hungarian = Language.IsHungarian(language);
        foreach (var medication in medications)
        {
            var details = string.Join(' ', new[]
            {
                medication.Name,
                medication.Dose,
                ScheduleWords.Route(medication.Route, language),
                ScheduleWords.Frequency(medication.Frequency, language),
            }.Where(p => !string.IsNullOrEmpty(p)));
            var actionable = medication.Status switch
            {
                MedicationStatus.Started => new Actionable(ActionableKind.Prescription, (hungarian ? "Felírandó: " : "Prescribe ") + details, medication.Evidence),
                MedicationStatus.Changed => new Actionable(ActionableKind.Prescription, (hungarian ? "Módosított adagolás: " : "Update prescription: ") + details, medication.Evidence),
                MedicationStatus.Stopped => new Actionable(ActionableKind.Note, (hungarian ? "Leállítva: " : "Stopped: ") + medication.Name, medication.Evidence),
                _ => null,
            };
            if (actionable is not null)
            {
                yield return actionable;
            }
        }
    }
}
