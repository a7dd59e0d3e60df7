using Mesh.Grains.AI;
using Mesh.Grains.AI.Offline;
using Mesh.Grains.Live;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.Live;

/// <summary>The Semantic Kernel tool calls of voice commands, against the OpenAI wire protocol of the shared fake server.</summary>
[Collection(FakeOpenAiCollection.Name)]
public sealed class ChatVoiceCommandDetectorTests(FakeOpenAiServer server) : FakeOpenAiTest(server)
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public async Task DetectAsync_ModelCallsAddNote_ReturnsTheNote()
    {
        Answer("add_note", """{"text":"patient prefers morning appointments"}""");

        var command = await DetectAsync("Could you jot this down for me, patient prefers morning appointments");

        Assert.Equal(new AddNoteCommand("patient prefers morning appointments"), command);
    }

    [Fact]
    public async Task DetectAsync_ModelCallsScheduleFollowUp_CountsTheDateHere()
    {
        Answer("schedule_follow_up", """{"amount":2,"unit":"weeks"}""");

        var command = await DetectAsync("let's see her again in a couple of weeks, put that in");

        Assert.Equal(new ScheduleFollowUpCommand(14, new DateOnly(2026, 3, 24)), command);
    }

    [Fact]
    public async Task DetectAsync_ModelCallsPrescribe_ReturnsThePrescription()
    {
        Answer("prescribe", """{"drug":"amoxicillin","dose":"500 mg","frequency":"three times daily","duration":null}""");

        var command = await DetectAsync("Mesh, amoxicillin 500 three times a day please");

        Assert.Equal(new PrescribeCommand("amoxicillin", "500 mg", "three times daily", null), command);
    }

    [Fact]
    public async Task DetectAsync_ModelCallsNoTool_IsNotACommand()
    {
        Assert.Null(await DetectAsync("The patient was prescribed amoxicillin last year."));
    }

    [Fact]
    public async Task DetectAsync_SendsTheThreeToolsStrictWithTheUtteranceAndNoResponseFormat()
    {
        await Detector().DetectAsync("We noted a rash.", "hu", Today, CancellationToken.None);

        var body = Assert.Single(Server.Requests).Json!;
        Assert.Equal("gpt-test", body["model"]!.GetValue<string>());
        Assert.Equal("auto", body["tool_choice"]!.GetValue<string>());
        Assert.Equal(0, body["temperature"]!.GetValue<double>());
        Assert.Null(body["response_format"]);
        var tools = body["tools"]!.AsArray();
        Assert.Equal(["add_note", "schedule_follow_up", "prescribe"], tools.Select(t => t!["function"]!["name"]!.GetValue<string>()));
        Assert.All(tools, tool =>
        {
            Assert.Equal("function", tool!["type"]!.GetValue<string>());
            Assert.True(tool["function"]!["strict"]!.GetValue<bool>());
        });
        var followUp = tools[1]!["function"]!["parameters"]!;
        Assert.Equal("number", followUp["properties"]!["amount"]!["type"]!.GetValue<string>());
        Assert.Equal(["amount", "unit"], followUp["required"]!.AsArray().Select(n => n!.GetValue<string>()).Order());
        var messages = body["messages"]!.AsArray();
        Assert.Equal(["system", "user"], messages.Select(m => m!["role"]!.GetValue<string>()));
        var user = messages[1]!["content"]!.GetValue<string>();
        Assert.Contains("We noted a rash.", user);
        Assert.Contains("Language: hu", user);
    }

    [Fact]
    public async Task DetectAsync_PrescribedDrugNotSaid_IsDropped()
    {
        Answer("prescribe", """{"drug":"azithromycin","dose":null,"frequency":null,"duration":null}""");

        Assert.Null(await DetectAsync("Prescribe the usual antibiotic."));
    }

    [Fact]
    public async Task DetectAsync_DrugSaidWithHungarianEnding_IsGrounded()
    {
        Answer("prescribe", """{"drug":"amoxicillin","dose":"500 mg","frequency":null,"duration":"7 napig"}""");

        var command = await Detector().DetectAsync("Írj fel Amoxicillint 500 mg 7 napig", "hu", Today, CancellationToken.None);

        Assert.Equal(new PrescribeCommand("amoxicillin", "500 mg", null, "7 napig"), command);
    }

    [Fact]
    public async Task DetectAsync_EmptyNoteOrAbsurdInterval_IsNotACommand()
    {
        Answer("add_note", """{"text":"  "}""");
        Assert.Null(await DetectAsync("Add a note."));

        Answer("schedule_follow_up", """{"amount":0,"unit":"days"}""");
        Assert.Null(await DetectAsync("Schedule a follow-up today."));
    }

    [Fact]
    public async Task DetectAsync_ModelCallsAToolNotOffered_IsRefused()
    {
        Answer("delete_patient", "{}");

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => DetectAsync("Delete this patient."));

        Assert.Contains("'delete_patient'", error.Message);
        Assert.Contains("not offered", error.Message);
    }

    [Fact]
    public async Task DetectAsync_ArgumentsOfTheWrongType_ThrowProviderResponseException()
    {
        Answer("schedule_follow_up", """{"amount":"two","unit":"weeks"}""");

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => DetectAsync("Schedule a follow-up in two weeks."));

        Assert.Contains("schedule_follow_up", error.Message);
    }

    [Fact]
    public async Task DetectAsync_ArgumentsAreNotJson_ThrowProviderResponseException()
    {
        Answer("add_note", "{text: rash on the left arm");

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => DetectAsync("Add a note: rash on the left arm."));

        Assert.Contains("add_note", error.Message);
    }

    [Fact]
    public async Task DetectAsync_ArgumentsSentAsAnObject_AreRefusedAsUnreadable()
    {
        Server.Responses.ToolCalls = _ => [new FakeToolCall("add_note", """{"text":"rash"}""", ArgumentsAsObject: true)];

        await Assert.ThrowsAsync<ProviderResponseException>(() => DetectAsync("Add a note: rash."));
    }

    [Fact]
    public async Task DetectAsync_UnknownUnit_ThrowsProviderResponseException()
    {
        Answer("schedule_follow_up", """{"amount":2,"unit":"fortnights"}""");

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => DetectAsync("Schedule a follow-up in two fortnights."));

        Assert.Contains("fortnights", error.Message);
    }

    [Fact]
    public async Task DetectAsync_ServerFails_TheErrorSurfaces()
    {
        Server.FailNext(new FakeFault(FakeFaultKind.ServerError));
        var detector = Detector(maxRetries: 0);

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => detector.DetectAsync("Add a note: x", "en", Today, CancellationToken.None));

        Assert.Equal(500, error.StatusCode);
    }

    [Fact]
    public async Task DetectAsync_ChatModelNotConfigured_SaysWhichKeysToSet()
    {
        var detector = new ChatVoiceCommandDetector(new UnconfiguredChatClient());

        var error = await Assert.ThrowsAsync<ProviderNotConfiguredException>(() => detector.DetectAsync("Add a note: x", "en", Today, CancellationToken.None));

        Assert.Equal(AiCapabilities.Chat, error.Capability);
        Assert.Contains("Mesh:AI:Chat:BaseUrl", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ... ")]
    public async Task DetectAsync_NoWords_AsksNoModel(string utterance)
    {
        Assert.Null(await DetectAsync(utterance));

        Assert.Empty(Server.Requests);
    }

    private void Answer(string tool, string arguments) => Server.Responses.ToolCalls = _ => [new FakeToolCall(tool, arguments)];

    private Task<VoiceCommand?> DetectAsync(string utterance) => Detector().DetectAsync(utterance, "en", Today, CancellationToken.None);

    private ChatVoiceCommandDetector Detector(int? maxRetries = null)
    {
        var container = Services(FakeAi.Settings(Server, maxRetries: maxRetries, model: "gpt-test", capabilities: [AiCapabilities.Chat]));
        return new ChatVoiceCommandDetector(container.Chat());
    }
}
