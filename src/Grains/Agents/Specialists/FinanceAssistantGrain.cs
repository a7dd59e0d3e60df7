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
    protected override IReadOnlyList<string> ToolNames => [ClinicToolbox.ContractTool, ClinicToolbox.ClaimTool, ClinicToolbox.RemittancesTool, ClinicToolbox.DenialsTool];

    /// <inheritdoc />
    protected override async Task<string?> AnswerOfflineAsync(string question, QuestionSubjects subjects, ClinicToolbox tools) =>
        subjects.ClaimId is { } claim ? (await tools.ContractAsync(claim)).Text : WhichRecord("claim");

    /// <inheritdoc />
    protected override async Task<string?> ExplainOfflineAsync(string question, QuestionSubjects subjects, ClinicToolbox tools)
    {
        // The contract explains a netdown (billed less allowed); the payer's reason codes explain a payment below it.
        var reduced = Mentions(question, ReductionWords);
        if (!reduced && !Mentions(question, "netdown", "net down", "allowed", "expected"))
        {
            return null;
        }

        if (subjects.ClaimId is not { } claim)
        {
            return WhichRecord("claim");
        }

        var priced = await tools.ContractAsync(claim);
        return reduced && priced.Found ? priced.Text + "\n" + (await tools.DenialsAsync(claim)).Text : priced.Text;
    }
}
