using Mesh.Grains.Agents.Offline;
using Mesh.Grains.Agents.Tools;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Agents.Specialists;

/// <summary>Reads coverage, remittances and denials with what is at stake.</summary>
public sealed class InsuranceAnalystGrain(IChatClient chat, IClaimsReader claims, TimeProvider time) : SpecialistGrain(chat, claims, time), IInsuranceAnalystGrain
{
    /// <inheritdoc />
    protected override SpecialistKind Kind => SpecialistKind.InsuranceAnalyst;

    /// <inheritdoc />
    protected override string Instructions => "You read a patient's coverage and what payers paid, adjusted or denied on claims, with the dollars at stake.";

    /// <inheritdoc />
    protected override IReadOnlyList<string> ToolNames =>
        [ClinicToolbox.FindPatientsTool, ClinicToolbox.CoverageTool, ClinicToolbox.RemittancesTool, ClinicToolbox.DenialsTool, ClinicToolbox.RiskTool, ClinicToolbox.PatientClaimsTool];

    /// <inheritdoc />
    protected override async Task<string?> AnswerOfflineAsync(string question, QuestionSubjects subjects, ClinicToolbox tools)
    {
        if (subjects.ClaimId is { } claim)
        {
            if (Mentions(question, "risk"))
            {
                return (await tools.RiskAsync(claim)).Text;
            }

            return Mentions(question, "denial", "denied", "reason")
                ? (await tools.DenialsAsync(claim)).Text
                : (await tools.RemittancesAsync(claim)).Text;
        }

        return await PatientOfAsync(subjects, tools) is { } id ? (await tools.CoverageAsync(id)).Text : WhichRecord("patient or claim");
    }

    /// <inheritdoc />
    protected override Task<string?> ExplainOfflineAsync(string question, QuestionSubjects subjects, ClinicToolbox tools) =>
        ExplainClaimAsync(question, subjects, tools, async claim => (await tools.DenialsAsync(claim)).Text);
}
