using System.ComponentModel;
using Mesh.Grains.Agents.Tools;
using Microsoft.SemanticKernel;

namespace Mesh.Grains.Agents.Model;

/// <summary>
/// The team's tools as Semantic Kernel functions over one turn's <see cref="ClinicToolbox"/>. No function takes a clinic
/// or a role: those were bound with the toolbox. Each specialist is offered only the functions it names.
/// </summary>
public static class ToolCatalog
{
    /// <summary>The function a specialist calls to say the question is another specialist's.</summary>
    public const string HandOverTool = "hand_over";

    /// <summary>The functions named <paramref name="names"/>, bound to <paramref name="tools"/>.</summary>
    public static IReadOnlyList<KernelFunction> Functions(ClinicToolbox tools, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var all = All(tools);
        return [.. names.Select(name => all.TryGetValue(name, out var function) ? function : throw new ArgumentException($"No tool '{name}'.", nameof(names)))];
    }

    private static Dictionary<string, KernelFunction> All(ClinicToolbox tools)
    {
        const string Patient = "The patient's id in this clinic (from find_patients or the attached records).";
        const string Claim = "The claim id (CLM01, the patient control number).";
        KernelFunction Of(Delegate method, string name, string description) => KernelFunctionFactory.CreateFromMethod(method, name, description);
        return new[]
        {
            Of(async ([Description("A part of the patient's given or family name.")] string name) => (await tools.FindPatientsAsync(name)).Text,
                ClinicToolbox.FindPatientsTool, "Finds patients of this clinic by name."),
            Of(async ([Description(Patient)] string patient_id) => (await tools.PatientAsync(patient_id)).Text,
                ClinicToolbox.PatientTool, "Reads a patient's demographics."),
            Of(async ([Description(Patient)] string patient_id) => (await tools.CoverageAsync(patient_id)).Text,
                ClinicToolbox.CoverageTool, "Reads a patient's insurance identifiers and the payers billed."),
            Of(async ([Description(Patient)] string patient_id) => (await tools.ConditionsAsync(patient_id)).Text,
                ClinicToolbox.ConditionsTool, "Reads a patient's problem list with ICD-10 codes."),
            Of(async ([Description(Patient)] string patient_id) => (await tools.MedicationsAsync(patient_id)).Text,
                ClinicToolbox.MedicationsTool, "Reads a patient's medications."),
            Of(async ([Description(Patient)] string patient_id) => (await tools.AllergiesAsync(patient_id)).Text,
                ClinicToolbox.AllergiesTool, "Reads a patient's allergies."),
            Of(async ([Description(Patient)] string patient_id) => (await tools.ObservationsAsync(patient_id)).Text,
                ClinicToolbox.ObservationsTool, "Reads a patient's observations (vitals, labs)."),
            Of(async ([Description(Patient)] string patient_id) => (await tools.ProceduresAsync(patient_id)).Text,
                ClinicToolbox.ProceduresTool, "Reads a patient's procedures."),
            Of(async ([Description(Patient)] string patient_id) => (await tools.EncountersAsync(patient_id)).Text,
                ClinicToolbox.EncountersTool, "Reads a patient's visits and their signed reports."),
            Of(async ([Description("The report id.")] string report_id, [Description("The version; omit for the latest.")] int? version = null) => (await tools.ReportAsync(report_id, version)).Text,
                ClinicToolbox.ReportTool, "Reads a signed report."),
            Of(async ([Description(Claim)] string claim_id) => (await tools.ClaimAsync(claim_id)).Text,
                ClinicToolbox.ClaimTool, "Reads a claim: payer, status, diagnoses, lines."),
            Of(async ([Description(Patient)] string patient_id) => (await tools.PatientClaimsAsync(patient_id)).Text,
                ClinicToolbox.PatientClaimsTool, "Lists a patient's claims."),
            Of(async ([Description(Claim)] string claim_id) => (await tools.RemittancesAsync(claim_id)).Text,
                ClinicToolbox.RemittancesTool, "Reads what the payer paid on a claim."),
            Of(async ([Description(Claim)] string claim_id) => (await tools.DenialsAsync(claim_id)).Text,
                ClinicToolbox.DenialsTool, "Reads a claim's denials and reducing adjustments with reasons and amounts."),
            Of(async ([Description(Claim)] string claim_id) => (await tools.RiskAsync(claim_id)).Text,
                ClinicToolbox.RiskTool, "Scores a claim's denial risk (the clinic's model or rules) with findings and fixes."),
            Of(async ([Description(Claim)] string claim_id) => (await tools.ContractAsync(claim_id)).Text,
                ClinicToolbox.ContractTool, "Prices a claim against the payer's contract: allowed, netdown, expected payment (computed by Mesh)."),
            Of(async ([Description("The diagnosis in words, e.g. 'type 2 diabetes'.")] string query) => (await tools.SearchCodesAsync(query)).Text,
                ClinicToolbox.CodeSearchTool, "Searches ICD-10-CM codes."),
        }.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }
}
