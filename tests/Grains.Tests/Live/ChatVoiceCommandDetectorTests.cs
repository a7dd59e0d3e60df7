using Mesh.Grains.AI;
using Mesh.Grains.AI.Http;
using Mesh.Grains.Live;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mesh.Grains.Tests.Live;

public sealed class ChatVoiceCommandDetectorTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private readonly HttpClient _http = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

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
    public async Task DetectAsync_SendsTheThreeToolsAndTheUtterance()
    {
        await new ChatVoiceCommandDetector(Provider()).DetectAsync("We noted a rash.", "hu", Today, CancellationToken.None);

        var body = Assert.Single(_server.Requests).Json!;
        var tools = body["tools"]!.AsArray().Select(t => t!["function"]!["name"]!.GetValue<string>());
        Assert.Equal(["add_note", "schedule_follow_up", "prescribe"], tools);
        var user = body["messages"]![1]!["content"]!.GetValue<string>();
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

        var command = await new ChatVoiceCommandDetector(Provider()).DetectAsync("Írj fel Amoxicillint 500 mg 7 napig", "hu", Today, CancellationToken.None);

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
    public async Task DetectAsync_ArgumentsOfTheWrongType_ThrowProviderResponseException()
    {
        Answer("schedule_follow_up", """{"amount":"two","unit":"weeks"}""");

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => DetectAsync("Schedule a follow-up in two weeks."));

        Assert.Contains("schedule_follow_up", error.Message);
    }

    [Fact]
    public async Task DetectAsync_UnknownUnit_ThrowsProviderResponseException()
    {
        Answer("schedule_follow_up", """{"amount":2,"unit":"fortnights"}""");

        await Assert.ThrowsAsync<ProviderResponseException>(() => DetectAsync("Schedule a follow-up in two fortnights."));
    }

    [Fact]
    public async Task DetectAsync_ServerFails_TheErrorSurfaces()
    {
        _server.FailNext(new FakeFault(FakeFaultKind.ServerError));
        var options = new AiEndpointOptions { BaseUrl = _server.BaseUrl, Model = "gpt-test", MaxRetries = 0 };
        var detector = new ChatVoiceCommandDetector(new OpenAiChatCompletion(_http, options, NullLogger<OpenAiChatCompletion>.Instance, TimeProvider.System));

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => detector.DetectAsync("Add a note: x", "en", Today, CancellationToken.None));

        Assert.Equal(500, error.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ... ")]
    public async Task DetectAsync_NoWords_AsksNoModel(string utterance)
    {
        Assert.Null(await DetectAsync(utterance));

        Assert.Empty(_server.Requests);
    }

    private void Answer(string tool, string arguments) => _server.Responses.ToolCalls = _ => [new FakeToolCall(tool, arguments)];

    private Task<VoiceCommand?> DetectAsync(string utterance) =>
        new ChatVoiceCommandDetector(Provider()).DetectAsync(utterance, "en", Today, CancellationToken.None);

    private OpenAiChatCompletion Provider() =>
        new(_http, FakeAi.Options(_server, model: "gpt-test"), NullLogger<OpenAiChatCompletion>.Instance, TimeProvider.System);
}
