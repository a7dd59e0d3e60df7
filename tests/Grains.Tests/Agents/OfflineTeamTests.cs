using Mesh.Grains.Agents;
using Mesh.Grains.Agents.Grounding;
using Mesh.Grains.Agents.Specialists;
using Mesh.Grains.Claims;
using Mesh.TestSupport.Claims;
using static Mesh.Grains.Tests.Agents.AgentTestData;

namespace Mesh.Grains.Tests.Agents;

/// <summary>The team without a chat model: rules choose the specialist, templates answer from the tools, with citations.</summary>
public sealed partial class OfflineTeamTests(OfflineAgentCluster cluster) : IClassFixture<OfflineAgentCluster>
{
    [Fact]
    public async Task ClinicalSpecialist_AnswersAllergiesWithTheAllergyCited()
    {
        var turn = await AskAsync(AgentClusterFixture.Doctor(), $"What allergies does patient {PatientA} have?");

        Assert.Equal(SpecialistKind.ClinicalSpecialist, turn.Specialist);
        Assert.Contains("penicillin (rash)", turn.Text, StringComparison.Ordinal);
        Assert.Contains(turn.Citations, c => c.ResourceType == "allergy" && c.Id == $"{PatientA}/1");
        Assert.Empty(turn.Unverified);
    }

    [Fact]
    public async Task PatientProcessor_FindsThePatientByName()
    {
        var turn = await AskAsync(AgentClusterFixture.Doctor(), "Find Anna Kovacs");

        Assert.Equal(SpecialistKind.PatientProcessor, turn.Specialist);
        Assert.Contains($"patient {PatientA}: Anna Kovacs, born 1961-04-12", turn.Text, StringComparison.Ordinal);
        Assert.Contains(turn.Citations, c => c.ResourceType == "patient" && c.Id == PatientA);
    }

    [Fact]
    public async Task ClaimProcessor_GivesStatusAndDenialReasons()
    {
        var turn = await AskAsync(AgentClusterFixture.Billing(), $"What is the status of claim {ClaimA} and the reason it was denied?");

        Assert.Equal(SpecialistKind.ClaimProcessor, turn.Specialist);
        Assert.Contains("status denied", turn.Text, StringComparison.Ordinal);
        Assert.Contains("CO-197 Precertification/authorization absent 150.00", turn.Text, StringComparison.Ordinal);
        Assert.Contains(turn.Citations, c => c.ResourceType == "claim" && c.Id == ClaimA);
    }

    [Fact]
    public async Task InsuranceAnalyst_ReadsCoverage()
    {
        var turn = await AskAsync(AgentClusterFixture.Billing(), $"What coverage does patient {PatientA} have?");

        Assert.Equal(SpecialistKind.InsuranceAnalyst, turn.Specialist);
        Assert.Contains("insurance-member MBR-77123", turn.Text, StringComparison.Ordinal);
        Assert.Contains("Acme Health (ACME01)", turn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsuranceAnalyst_ScoresDenialRisk()
    {
        var turn = await AskAsync(AgentClusterFixture.Billing(), $"What is the denial risk of claim {ClaimA}?");

        Assert.Equal(SpecialistKind.InsuranceAnalyst, turn.Specialist);
        Assert.StartsWith($"Denial risk of claim {ClaimA}: ", turn.Text, StringComparison.Ordinal);
        Assert.Contains(turn.ToolUses, u => u.Tool == "get_denial_risk" && u.Outcome == "success");
    }

    [Fact]
    public async Task EncounterProcessor_SaysWhenThereAreNoVisits()
    {
        var turn = await AskAsync(AgentClusterFixture.Doctor(), $"When was patient {PatientA} last seen for a visit?");

        Assert.Equal(SpecialistKind.EncounterProcessor, turn.Specialist);
        Assert.Contains("Anna Kovacs has no recorded visits", turn.Text, StringComparison.Ordinal);
        Assert.Contains(turn.Citations, c => c.ResourceType == "patient" && c.Id == PatientA);
    }

    [Fact]
    public async Task MedicalCodeHelper_FindsTheCodeForType2Diabetes()
    {
        var turn = await AskAsync(AgentClusterFixture.Billing(), "What are the ICD-10 codes for type 2 diabetes?");

        Assert.Equal(SpecialistKind.MedicalCodeHelper, turn.Specialist);
        Assert.Contains("E11.9 Type 2 diabetes mellitus with no complications", turn.Text, StringComparison.Ordinal);
        Assert.Contains(turn.Citations, c => c.ResourceType == "code" && c.Id == "E11.9");
    }

    [Fact]
    public async Task FinanceAssistant_ComputesNetdownAndExpectedPayment()
    {
        var turn = await AskAsync(AgentClusterFixture.Billing(), $"What is the netdown of claim {ClaimA}?");

        Assert.Equal(SpecialistKind.FinanceAssistant, turn.Specialist);
        Assert.Contains("allowed 92.50, netdown 57.50, expected payment 92.50, paid 0.00, underpaid by 92.50", turn.Text, StringComparison.Ordinal);
        Assert.Contains(turn.Citations, c => c.ResourceType == "contract" && c.Id == "ACME01");
    }

    [Fact]
    public async Task QuestionNeedingReasoning_SaysAModelIsNeeded()
    {
        var turn = await AskAsync(AgentClusterFixture.Doctor(), $"Why should patient {PatientA} switch from metformin?");

        Assert.Equal(AnswerKind.NeedsModel, turn.Kind);
        Assert.Equal(SpecialistGrain.NeedsModelText, turn.Text);
        Assert.Empty(turn.Citations);
    }

    [Fact]
    public async Task VagueQuestion_AsksToClarify()
    {
        var turn = await AskAsync(AgentClusterFixture.Doctor(), "Hello there, can you help?");

        Assert.Equal(AnswerKind.Clarify, turn.Kind);
        Assert.Null(turn.Specialist);
    }

    [Fact]
    public async Task OtherClinicsPatient_IsNotFound()
    {
        var turn = await AskAsync(AgentClusterFixture.Doctor(), $"What allergies does patient {PatientB} have?");

        Assert.Contains($"No patient {PatientB} in this clinic", turn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zoltan", turn.Text, StringComparison.Ordinal);
        Assert.Contains(turn.ToolUses, u => u.ResourceId == PatientB && u.Outcome == "not_found");
    }

    [Fact]
    public async Task BillingRole_MayNotReadAllergies()
    {
        var turn = await AskAsync(AgentClusterFixture.Billing(), $"What allergies does patient {PatientA} have?");

        Assert.Contains("Your role may not read allergies", turn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("penicillin", turn.Text, StringComparison.Ordinal);
        Assert.Contains(turn.ToolUses, u => u.Tool == "get_allergies" && u.Outcome == "denied");
    }

    [Fact]
    public async Task InjectedNote_IsShownAsDataAndChangesNothing()
    {
        var turn = await AskAsync(AgentClusterFixture.Doctor(), $"What conditions does patient {PatientA} have?");

        Assert.Contains(Injection, turn.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherClinicName, turn.Text, StringComparison.Ordinal);
        Assert.All(turn.ToolUses, u => Assert.Equal(PatientA, u.ResourceId));
    }

    [Fact]
    public async Task ContextFromAnotherClinic_IsRefusedAndNothingIsKept()
    {
        var chat = await cluster.OpenChatAsync(AgentClusterFixture.Doctor());

        await Assert.ThrowsAsync<KeyNotFoundException>(() => chat.AskAsync(AgentClusterFixture.Doctor(), new ChatQuestion("What allergies?", [new ChatContextRef("PATIENT", PatientB)], null, false)));

        Assert.Empty((await chat.GetMessagesAsync(AgentClusterFixture.Doctor()))!);
    }

    [Fact]
    public async Task AllergyContext_RoutesToTheClinicalSpecialistForThatPatient()
    {
        var chat = await cluster.OpenChatAsync(AgentClusterFixture.Doctor());

        var turn = (await chat.AskAsync(AgentClusterFixture.Doctor(), new ChatQuestion("Tell me about this allergy", [new ChatContextRef("ALLERGY", $"{PatientA}/1")], null, false)))!;

        Assert.Equal(SpecialistKind.ClinicalSpecialist, turn.Specialist);
        Assert.Contains("penicillin", turn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Memory_IsPerUserAndTheChatIsTheOwnersAndCanBeCleared()
    {
        var doctor = AgentClusterFixture.Doctor(user: "dr-memory");
        var chat = await cluster.OpenChatAsync(doctor);
        var remembered = (await chat.AskAsync(doctor, new ChatQuestion("Remember that I cover the diabetes clinic on Fridays", [], null, false)))!;

        Assert.Equal(AnswerKind.Remembered, remembered.Kind);
        Assert.Contains("I cover the diabetes clinic on Fridays", await cluster.Client.GetGrain<IAgentMemoryGrain>(TenantKeys.For(ClinicA, "dr-memory")).GetAsync());
        Assert.Empty(await cluster.Client.GetGrain<IAgentMemoryGrain>(TenantKeys.For(ClinicA, "dr-a")).GetAsync());
        Assert.Null(await chat.GetMessagesAsync(AgentClusterFixture.Doctor(user: "dr-other")));
        Assert.Null(await chat.GetMessagesAsync(AgentClusterFixture.Doctor(tenant: ClinicB, user: "dr-memory")));
        Assert.Equal(2, (await chat.GetMessagesAsync(doctor))!.Count);

        Assert.True(await chat.ClearAsync(doctor));
        Assert.Empty((await chat.GetMessagesAsync(doctor))!);
    }

    [Fact]
    public async Task AttachedX12_IsIdentifiedThenImportedOnceConfirmed_ByBillingOnly()
    {
        var files = SyntheticX12.Generate(3, seed: 41);
        var x12 = new ChatAttachment("claims.txt", "text/plain", System.Text.Encoding.UTF8.GetBytes(files.Claims));
        var nurse = new AgentCaller(ClinicA, "nurse-1", ["nurse"], "Nurse");
        var nurseChat = await cluster.OpenChatAsync(nurse);
        await nurseChat.AskAsync(nurse, new ChatQuestion("", [], x12, false));
        var refused = (await nurseChat.AskAsync(nurse, new ChatQuestion("import it", [], null, true)))!;
        var chat = await cluster.OpenChatAsync(AgentClusterFixture.Billing());

        var identified = (await chat.AskAsync(AgentClusterFixture.Billing(), new ChatQuestion("", [], x12, false)))!;
        var imported = (await chat.AskAsync(AgentClusterFixture.Billing(), new ChatQuestion("yes, import it", [], null, true)))!;

        Assert.Contains("Your role may not import", refused.Text, StringComparison.Ordinal);
        Assert.Contains("an X12 837 claim file", identified.Text, StringComparison.Ordinal);
        Assert.Contains("Imported 3 claims; 0 rejected.", imported.Text, StringComparison.Ordinal);
        Assert.NotNull(await cluster.Client.GetGrain<IClaimGrain>(TenantKeys.For(ClinicA, files.Outcomes[0].ClaimId)).GetAsync());
    }

    [Fact]
    public async Task AttachedFhirJson_IsIdentifiedAndItsImporterIsNotAvailable()
    {
        var chat = await cluster.OpenChatAsync(AgentClusterFixture.Doctor());
        var fhir = new ChatAttachment("bundle.json", "application/json", """{"resourceType":"Bundle","type":"transaction","entry":[]}"""u8.ToArray());

        var identified = (await chat.AskAsync(AgentClusterFixture.Doctor(), new ChatQuestion("", [], fhir, false)))!;
        var confirmed = (await chat.AskAsync(AgentClusterFixture.Doctor(), new ChatQuestion("import", [], null, true)))!;

        Assert.Contains("FHIR R4 JSON", identified.Text, StringComparison.Ordinal);
        Assert.Contains("not available", confirmed.Text, StringComparison.Ordinal);
    }

    private async Task<ChatTurn> AskAsync(AgentCaller caller, string question)
    {
        var chat = await cluster.OpenChatAsync(caller);
        var turn = await chat.AskAsync(caller, new ChatQuestion(question, [], null, false));
        Assert.NotNull(turn);
        Assert.DoesNotContain(AnswerGrounding.Mark, turn.Text, StringComparison.Ordinal);
        return turn;
    }
}
