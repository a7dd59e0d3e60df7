namespace Mesh.Grains.Agents.Specialists;

/// <summary>The names of the specialists: as a model calls them (snake case) and as a user reads them.</summary>
public static class SpecialistNames
{
    private static readonly Dictionary<SpecialistKind, (string Tool, string Display)> Names = new()
    {
        [SpecialistKind.PatientProcessor] = ("patient_processor", "Patient processor"),
        [SpecialistKind.InsuranceAnalyst] = ("insurance_analyst", "Insurance analyst"),
        [SpecialistKind.ClinicalSpecialist] = ("clinical_specialist", "Clinical specialist"),
        [SpecialistKind.ClaimProcessor] = ("claim_processor", "Claim processor"),
        [SpecialistKind.EncounterProcessor] = ("encounter_processor", "Encounter processor"),
        [SpecialistKind.MedicalCodeHelper] = ("medical_code_helper", "Medical-code helper"),
        [SpecialistKind.FinanceAssistant] = ("finance_assistant", "Finance assistant"),
    };

    /// <summary>The name a model uses, e.g. <c>clinical_specialist</c>.</summary>
    public static string ToolName(SpecialistKind kind) => Names[kind].Tool;

    /// <summary>The name a user reads, e.g. <c>Clinical specialist</c>.</summary>
    public static string Display(SpecialistKind kind) => Names[kind].Display;

    /// <summary>The specialist a model named, or null for a name that is none of them.</summary>
    public static SpecialistKind? Parse(string? name) =>
        Names.Where(n => string.Equals(n.Value.Tool, name?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(n => (SpecialistKind?)n.Key).FirstOrDefault();

    /// <summary>Every model name, for the tools' descriptions.</summary>
    public static string All => string.Join(", ", Names.Values.Select(n => n.Tool));
}
