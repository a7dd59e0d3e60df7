using Mesh.Grains.Agents;
using Mesh.Grains.Agents.Tools;
using Mesh.Grains.Claims;
using Mesh.TestSupport.Claims;
using static Mesh.Grains.Tests.Agents.AgentTestData;

namespace Mesh.Grains.Tests.Agents;

/// <summary>The chat reaches every claim the claims API does, however long its id, and nothing the API would refuse.</summary>
public sealed partial class OfflineTeamTests
{
    // 72 characters: longer than the 64 the chat once took, within the claims API's 80.
    private const string LongClaimId = "CLEARINGHOUSE-2026-12-07-BATCH-000417-SUBMITTER-MESHCLINIC-CLAIM-0000001";

    [Fact]
    public async Task ClaimWithA72CharacterIdImportedByX12_IsAnsweredByTheChat_InWordsAndAsContext()
    {
        Assert.Equal(72, LongClaimId.Length);
        await ImportLongIdClaimAsync();

        var asked = await AskAsync(AgentClusterFixture.Billing(), $"What is the status of claim {LongClaimId} and why was it denied?");
        var chat = await cluster.OpenChatAsync(AgentClusterFixture.Billing());
        var attached = (await chat.AskAsync(AgentClusterFixture.Billing(), new ChatQuestion("What is the status of this claim?", [new ChatContextRef("CLAIM", LongClaimId)], null, false)))!;

        Assert.Equal(AnswerKind.Answered, asked.Kind);
        Assert.Contains($"Claim {LongClaimId} to ", asked.Text, StringComparison.Ordinal);
        Assert.Contains("status denied", asked.Text, StringComparison.Ordinal);
        Assert.Contains("CO-50", asked.Text, StringComparison.Ordinal);
        Assert.Contains(asked.Citations, c => c.ResourceType == "claim" && c.Id == LongClaimId);
        Assert.Contains($"Claim {LongClaimId} to ", attached.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongIdClaimOfAnotherClinic_IsNotFound_AndNothingLeaks()
    {
        await ImportLongIdClaimAsync();
        var otherClinic = AgentClusterFixture.Billing(ClinicB);

        var turn = await AskAsync(otherClinic, $"What is the status of claim {LongClaimId}?");
        var chat = await cluster.OpenChatAsync(otherClinic);

        Assert.Contains($"No claim {LongClaimId} in this clinic", turn.Text, StringComparison.Ordinal);
        Assert.Empty(turn.Citations);
        Assert.DoesNotContain("status", turn.Text, StringComparison.Ordinal);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => chat.AskAsync(otherClinic, new ChatQuestion("And this one?", [new ChatContextRef("CLAIM", LongClaimId)], null, false)));
    }

    [Fact]
    public async Task HostileOrOverlongClaimIds_AreNotReachable()
    {
        await ImportLongIdClaimAsync();
        var tools = new ClinicToolbox(AgentClusterFixture.Billing(), cluster.Client, new ClaimGrainsReader(cluster.Client), TimeProvider.System);
        var chat = await cluster.OpenChatAsync(AgentClusterFixture.Billing());

        foreach (var hostile in new[] { LongClaimId + "\n", LongClaimId + "\u0000", "CLM-\u0007100", "clinic-a/CLM-100", LongClaimId + "-PADDED-PAST-EIGHTY", "..", "." })
        {
            var read = await tools.ClaimAsync(hostile);

            Assert.Equal(ToolResult.NotFound, read.Outcome);
            Assert.Empty(read.Citations);
            await Assert.ThrowsAsync<KeyNotFoundException>(() => chat.AskAsync(AgentClusterFixture.Billing(), new ChatQuestion("Status?", [new ChatContextRef("CLAIM", hostile)], null, false)));
        }
    }

    [Theory]
    [InlineData("What is the denial risk?", SpecialistKind.InsuranceAnalyst, "Denial risk of claim " + ClaimA + ": ")]
    [InlineData("What is the status of this claim?", SpecialistKind.ClaimProcessor, "Claim " + ClaimA + " to ")]
    public async Task ClaimContext_IsReadOncePerTurn(string question, SpecialistKind specialist, string answer)
    {
        var chat = await cluster.OpenChatAsync(AgentClusterFixture.Billing());
        var before = cluster.ReadsOf(ClinicA, ClaimA);

        var turn = (await chat.AskAsync(AgentClusterFixture.Billing(), new ChatQuestion(question, [new ChatContextRef("CLAIM", ClaimA)], null, false)))!;

        Assert.Equal(specialist, turn.Specialist);
        Assert.StartsWith(answer, turn.Text, StringComparison.Ordinal);
        Assert.Equal(1, cluster.ReadsOf(ClinicA, ClaimA) - before);
        Assert.Single(turn.ToolUses, u => u.Tool == ClinicToolbox.ClaimTool && u.ResourceId == ClaimA);
        Assert.Contains(turn.Citations, c => c.ResourceType == "claim" && c.Id == ClaimA);
    }

    [Theory]
    [InlineData("What is the status of claim " + ClaimA + " and why was it denied?", SpecialistKind.ClaimProcessor)]
    [InlineData("Why was claim " + ClaimA + " underpaid?", SpecialistKind.FinanceAssistant)]
    public async Task ExplainingAClaim_ReadsItsFolderOnce(string question, SpecialistKind specialist)
    {
        var before = cluster.ReadsOf(ClinicA, ClaimA);

        var turn = await AskAsync(AgentClusterFixture.Billing(), question);

        Assert.Equal(specialist, turn.Specialist);
        Assert.Contains(turn.ToolUses, u => u.Tool == ClinicToolbox.DenialsTool && u.ResourceId == ClaimA && u.Outcome == ToolResult.Success);
        Assert.Contains("CO-197", turn.Text, StringComparison.Ordinal);
        Assert.Equal(1, cluster.ReadsOf(ClinicA, ClaimA) - before);
    }

    // A synthetic 837 and its 835 with one denied claim's CLM01/CLP01 swapped for the long id, the other claims' ids and
    // the interchange number made its own (the other tests' 837 uses the generator's); importing it again is a no-op.
    private async Task ImportLongIdClaimAsync()
    {
        var files = SyntheticX12.Generate(50, seed: 7);
        var denied = files.Outcomes.First(o => o.Status == "denied").ClaimId;
        var importer = cluster.Client.GetGrain<IClaimImportGrain>(ClinicA);
        var claims = await importer.ImportClaimsAsync(Own(files.Claims, denied).Replace("000015837", "000072072", StringComparison.Ordinal));
        await importer.ImportRemittancesAsync(Own(files.Remittance, denied));

        Assert.True(claims.Duplicate || claims.Claims.Single(c => c.ClaimId == LongClaimId).Accepted, string.Join("; ", claims.Claims.Where(c => c.ClaimId == LongClaimId).SelectMany(c => c.Errors).Select(e => e.Message).Concat(claims.Errors.Select(e => e.Message))));
    }

    private static string Own(string x12, string denied) =>
        x12.Replace(denied, LongClaimId, StringComparison.Ordinal).Replace("SYN-", "LID-", StringComparison.Ordinal);
}
