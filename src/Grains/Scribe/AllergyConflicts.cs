using Mesh.Grains.Patients;
using Mesh.Grains.Scribe.Lexicons;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe;

/// <summary>
/// Checks the drugs a draft orders or continues against the allergies on the patient's record: the same drug, a drug
/// of the allergen's class, or one of a class that may cross-react. A stopped drug is no conflict.
/// </summary>
internal static class AllergyConflicts
{
    public static IReadOnlyList<AllergyConflict> Find(ClinicalDraft draft, IReadOnlyList<PatientAllergy> allergies)
    {
        var conflicts = new List<AllergyConflict>();
        foreach (var medication in draft.Medications.Where(m => m.Status != MedicationStatus.Stopped))
        {
            foreach (var allergy in allergies)
            {
                if (Conflict(medication, allergy) is { } conflict)
                {
                    conflicts.Add(conflict);
                }
            }
        }

        return conflicts;
    }

    private static AllergyConflict? Conflict(MedicationItem medication, PatientAllergy allergy)
    {
        var (drug, allergen) = (TextFolding.Fold(medication.Name), TextFolding.Fold(allergy.Substance));
        var source = allergy.Source is null ? "entered in Mesh" : allergy.Source.ToString();
        if (DrugClassLexicon.ContainsWord(allergen, drug) || DrugClassLexicon.ContainsWord(drug, allergen))
        {
            return Make(medication, allergy, AllergyConflictKind.SameDrug, null,
                $"{medication.Name} is {Verb(medication)}, but the record lists an allergy to {allergy.Substance} ({source}).");
        }

        var allergyClasses = DrugClassLexicon.ClassesOfAllergen(allergy.Substance).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var drugClasses = DrugClassLexicon.ClassesOfDrug(medication.Name).Select(c => c.Name).ToList();
        if (drugClasses.FirstOrDefault(allergyClasses.Contains) is { } shared)
        {
            return Make(medication, allergy, AllergyConflictKind.SameClass, shared,
                $"{medication.Name} ({shared}) is {Verb(medication)}, but the record lists an allergy to {allergy.Substance} ({source}).");
        }

        if (drugClasses.FirstOrDefault(d => allergyClasses.Any(a => DrugClassLexicon.CrossReactive.Contains((a, d)))) is { } crossing)
        {
            return Make(medication, allergy, AllergyConflictKind.CrossReactivity, crossing,
                $"{medication.Name} ({crossing}) is {Verb(medication)}: possible cross-reactivity with the recorded allergy to {allergy.Substance} ({source}).");
        }

        return null;
    }

    private static string Verb(MedicationItem medication) => medication.Status == MedicationStatus.Started ? "ordered" : "continued";

    private static AllergyConflict Make(MedicationItem medication, PatientAllergy allergy, AllergyConflictKind kind, string? drugClass, string message) =>
        new(medication.Name, allergy.Substance, kind, drugClass, message, medication.Evidence, allergy.Source);
}
