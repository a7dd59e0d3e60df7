using Mesh.Grains.Agents.Offline;
using Mesh.Grains.Agents.Tools;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Agents.Specialists;

/// <summary>Reads claims: status, lines, diagnoses and denial reasons.</summary>
public sealed class ClaimProcessorGrain(IChatClient chat, IClaimsReader claims, TimeProvider time) : SpecialistGrain(chat, claims, time), IClaimProcessorGrain
{
    /// <inheritdoc />
    protected override SpecialistKind Kind => SpecialistKind.ClaimProcessor;

    /// <inheritdoc />
    protected override string Instructions => "You read claims: their status, payer, lines, diagnoses and the reasons a payer denied or reduced them.";

    /// <inheritdoc />
    protected override IReadOnlyList<string> ToolNames => [ClinicToolbox.ClaimTool, ClinicToolbox.PatientClaimsTool, ClinicToolbox.DenialsTool, ClinicToolbox.RiskTool];

    /// <inheritdoc />
    protected override async Task<string?> AnswerOfflineAsync(string question, QuestionSubjects subjects, ClinicToolbox tools)
    {
        if (subjects.ClaimId is { } claim)
        {
            return Mentions(question, "denial", "denied", "reason", "reject") ? await WithReasonsAsync(claim, tools) : (await tools.ClaimAsync(claim)).Text;
        }

        return await PatientOfAsync(subjects, tools) is { } id ? (await tools.PatientClaimsAsync(id)).Text : WhichRecord("claim");
    }

    /// <inheritdoc />
    protected override Task<string?> ExplainOfflineAsync(string question, QuestionSubjects subjects, ClinicToolbox tools) =>
        ExplainClaimAsync(question, subjects, tools, claim => WithReasonsAsync(claim, tools));

    // The claim and, when this clinic holds it, the payer's reasons for what it did not pay.
    private static async Task<string> WithReasonsAsync(string claim, ClinicToolbox tools)
    {
        var found = await tools.ClaimAsync(claim);
        return found.Found ? found.Text + "\n" + (await tools.DenialsAsync(claim)).Text : found.Text;
    }
}
