using Mesh.Grains.Patients;
using Mesh.Grains.Scribe;
using static Mesh.Grains.Tests.Scribe.DraftAssert;

namespace Mesh.Grains.Tests.Scribe;

/// <summary>A drug ordered or continued against an allergy on record, by drug, by class, or by cross-reactivity.</summary>
public sealed class AllergyConflictTests
{
    private static readonly PatientFactSource Source = new("AllergyIntolerance", "allergy-1");

    private static async Task<IReadOnlyList<AllergyConflict>> ConflictsAsync(string recordedAllergy, string transcript)
    {
        var (_, draft) = await DraftAsync(transcript, "en");
        return AllergyConflicts.Find(draft, [new PatientAllergy(recordedAllergy, null, Source)]);
    }

    [Theory]
    [InlineData("Penicillin V", "amoxicillin", "penicillins")]
    [InlineData("Allergy to penicillin", "ampicillin", "penicillins")]
    [InlineData("Cephalosporins", "cefuroxime", "cephalosporins")]
    [InlineData("Sulfa drugs", "sulfamethoxazole", "sulfonamides")]
    [InlineData("sulfonamides", "sulfasalazine", "sulfonamides")]
    [InlineData("NSAIDs", "naproxen", "nsaids")]
    [InlineData("codeine", "tramadol", "opioids")]
    [InlineData("ciprofloxacin", "levofloxacin", "fluoroquinolones")]
    [InlineData("erythromycin", "azithromycin", "macrolides")]
    [InlineData("tetracycline", "doxycycline", "tetracyclines")]
    public async Task DrugOfTheAllergensClass_IsASameClassWarningWithBothSides(string allergy, string drug, string drugClass)
    {
        var conflicts = await ConflictsAsync(allergy, $"Doctor: I will start {drug} 500 mg twice daily.");

        var conflict = Assert.Single(conflicts);
        Assert.Equal(AllergyConflictKind.SameClass, conflict.Kind);
        Assert.Equal(drugClass, conflict.DrugClass);
        Assert.Contains(drug, Assert.Single(conflict.Evidence).Quote, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Source, conflict.Source);
        Assert.Contains("AllergyIntolerance/allergy-1", conflict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("penicillin", "cephalexin", "cephalosporins")]
    [InlineData("Allergy to amoxicillin", "ceftriaxone", "cephalosporins")]
    [InlineData("cephalosporins", "amoxicillin", "penicillins")]
    public async Task CephalosporinAndPenicillin_ArePossibleCrossReactivity(string allergy, string drug, string drugClass)
    {
        var conflict = Assert.Single(await ConflictsAsync(allergy, $"Doctor: I will start {drug} 500 mg twice daily."));

        Assert.Equal(AllergyConflictKind.CrossReactivity, conflict.Kind);
        Assert.Equal(drugClass, conflict.DrugClass);
        Assert.Contains("cross-reactivity", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContinuingTheAllergenItself_IsASameDrugWarning()
    {
        var conflict = Assert.Single(await ConflictsAsync("Ibuprofen", "Patient: I take ibuprofen 400 mg for my knee.\nDoctor: Keep taking it."));

        Assert.Equal(AllergyConflictKind.SameDrug, conflict.Kind);
        Assert.Contains("continued", conflict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Doctor: Stop the amoxicillin.")]
    [InlineData("Doctor: I will start lisinopril 10 mg once daily.")]
    public async Task StoppedOrUnrelatedDrug_IsNoConflict(string transcript)
    {
        Assert.Empty(await ConflictsAsync("penicillin", transcript));
    }

    [Theory]
    [InlineData("Patient: I can't take codeine.", "codeine", null)]
    [InlineData("Patient: She reacts to latex gloves.", "latex", null)]
    [InlineData("Patient: He gets a rash from amoxicillin.", "amoxicillin", "rash")]
    [InlineData("Patient: I'm intolerant to sulfa drugs.", "sulfa drugs", null)]
    public async Task AllergySaidInOtherWords_IsAnAllergyNotAMedication(string transcript, string allergen, string? reaction)
    {
        var (_, draft) = await DraftAsync(transcript, "en");

        Allergy(draft, allergen, reaction);
        Assert.Empty(draft.Medications);
    }
}
