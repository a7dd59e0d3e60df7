using Mesh.Grains.Agents;
using Mesh.Grains.Agents.Specialists;
using static Mesh.Grains.Tests.Agents.AgentTestData;

namespace Mesh.Grains.Tests.Agents;

/// <summary>Offline "why": answered from the reasons the records hold, with their sources; a model asked for only where they hold none.</summary>
public sealed partial class OfflineTeamTests
{
    [Fact]
    public async Task ClaimProcessor_AnswersWhyAClaimWasDenied_FromItsDenialReasons()
    {
        var turn = await AskAsync(AgentClusterFixture.Billing(), $"What is the status of claim {ClaimA} and why was it denied?");

        Assert.Equal(SpecialistKind.ClaimProcessor, turn.Specialist);
        Assert.Equal(AnswerKind.Answered, turn.Kind);
        Assert.Contains("status denied", turn.Text, StringComparison.Ordinal);
        Assert.Contains("CO-197 Precertification/authorization absent 150.00", turn.Text, StringComparison.Ordinal);
        Assert.Contains("N54 Claim information is inconsistent with pre-certified services", turn.Text, StringComparison.Ordinal);
        Assert.Contains(turn.Citations, c => c.ResourceType == "claim" && c.Id == ClaimA);
        Assert.Contains(turn.ToolUses, u => u.Tool == "get_denials" && u.ResourceId == ClaimA && u.Outcome == "success");
    }

    [Fact]
    public async Task InsuranceAnalyst_AnswersWhyAClaimIsARisk_FromTheRulesThatScoredIt()
    {
        var turn = await AskAsync(AgentClusterFixture.Billing(), $"Why is claim {ClaimA} a denial risk?");

        Assert.Equal(SpecialistKind.InsuranceAnalyst, turn.Specialist);
        Assert.Equal(AnswerKind.Answered, turn.Kind);
        Assert.StartsWith($"Denial risk of claim {ClaimA}: ", turn.Text, StringComparison.Ordinal);
        Assert.Contains("Findings: ", turn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reasons: ", turn.Text, StringComparison.Ordinal);
        Assert.Contains(turn.Citations, c => c.ResourceType == "claim" && c.Id == ClaimA);
    }

    [Fact]
    public async Task WhyDeniedDespiteALowRiskScore_GivesTheRiskAndTheDenialReasons()
    {
        var turn = await AskAsync(AgentClusterFixture.Billing(), $"Why was claim {ClaimA} denied despite its low risk score?");

        Assert.Equal(AnswerKind.Answered, turn.Kind);
        Assert.Contains($"Denial risk of claim {ClaimA}: ", turn.Text, StringComparison.Ordinal);
        Assert.Contains("CO-197 Precertification/authorization absent 150.00", turn.Text, StringComparison.Ordinal);
        Assert.Contains(turn.ToolUses, u => u.Tool == "get_denial_risk" && u.ResourceId == ClaimA);
        Assert.Contains(turn.ToolUses, u => u.Tool == "get_denials" && u.ResourceId == ClaimA);
    }

    [Fact]
    public async Task FinanceAssistant_AnswersWhyAClaimWasUnderpaid_FromTheContractAndThePayersReasons()
    {
        var turn = await AskAsync(AgentClusterFixture.Billing(), $"Why was claim {ClaimA} underpaid?");

        Assert.Equal(SpecialistKind.FinanceAssistant, turn.Specialist);
        Assert.Equal(AnswerKind.Answered, turn.Kind);
        Assert.Contains("underpaid by 92.50", turn.Text, StringComparison.Ordinal);
        Assert.Contains("CO-197 Precertification/authorization absent", turn.Text, StringComparison.Ordinal);
        Assert.Contains(turn.Citations, c => c.ResourceType == "contract" && c.Id == "ACME01");
    }

    [Fact]
    public async Task ExplainTheDenial_IsAnsweredLikeWhy()
    {
        var turn = await AskAsync(AgentClusterFixture.Billing(), $"Explain the denial of claim {ClaimA}");

        Assert.Equal(AnswerKind.Answered, turn.Kind);
        Assert.Contains("CO-197", turn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyTheRecordsDoNotAnswer_SaysHonestlyThatAModelIsNeeded()
    {
        var turn = await AskAsync(AgentClusterFixture.Doctor(), $"Why does patient {PatientA} have the condition type 2 diabetes?");

        Assert.Equal(SpecialistKind.ClinicalSpecialist, turn.Specialist);
        Assert.Equal(AnswerKind.NeedsModel, turn.Kind);
        Assert.Equal(SpecialistGrain.CauseNeedsModelText, turn.Text);
        Assert.Empty(turn.Citations);
    }
}
