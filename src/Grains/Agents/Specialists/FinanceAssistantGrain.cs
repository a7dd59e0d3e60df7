using Mesh.Grains.Agents.Offline;
using Mesh.Grains.Agents.Tools;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Agents.Specialists;

/// <summary>Prices claims against contracts: allowed, netdown and expected payment, computed by <see cref="ContractMath"/>.</summary>
public sealed class FinanceAssistantGrain(IChatClient chat, IClaimsReader claims, TimeProvider time) : SpecialistGrain(chat, claims, time), IFinanceAssistantGrain
{
    /// <inheritdoc />
    protected override SpecialistKind Kind => SpecialistKind.FinanceAssistant;

    /// <inheritdoc />
    protected override string Instructions =>
        "You price claims against the payer's contract. Netdown, allowed and expected payment come only from price_claim, which Mesh computes; never compute money yourself.";

    /// <inheritdoc />
    protected override IReadOnlyList<string> ToolNames => [ClinicToolbox.ContractTool, ClinicToolbox.ClaimTool, ClinicToolbox.RemittancesTool];

    /// <inheritdoc />
    protected override async Task<string?> AnswerOfflineAsync(string question, QuestionSubjects subjects, ClinicToolbox tools) =>
        subjects.ClaimId is { } claim ? (await tools.ContractAsync(claim)).Text : WhichRecord("claim");
}
