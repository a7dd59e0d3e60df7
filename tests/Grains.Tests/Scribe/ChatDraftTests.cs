using Mesh.Grains.AI;
using Mesh.Grains.AI.Offline;
using Mesh.Grains.Conversations;
using Mesh.Grains.Patients;
using Mesh.Grains.Scribe;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mesh.Grains.Tests.Scribe;

/// <summary>Drafts made by a chat model over the OpenAI wire protocol, against a local fake that can misbehave.</summary>
[Collection(FakeOpenAiCollection.Name)]
public sealed class ChatDraftTests : IDisposable
{
    private const string Visit = "Doctor: Any allergies?\nPatient: None. I take metformin 500 mg twice daily.";
    private readonly FakeOpenAiServer _server;
    private readonly ServiceProvider _services;

    public ChatDraftTests(FakeOpenAiServer server)
    {
        _server = server;
        _server.Reset();
        _services = FakeAi.Services(FakeAi.Settings(server, timeoutSeconds: 1, maxRetries: 0, capabilities: [AiCapabilities.Chat]));
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task ModelDraftWithExactEvidence_IsKept()
    {
        _server.Responses.ChatContent = _ => ModelDraft("s2", 13, 22, "metformin");

        var draft = await ComposeAsync();

        var medication = Assert.Single(draft.ClinicalDraft.Medications);
        Assert.Equal("metformin", medication.Name);
        Assert.DoesNotContain(draft.Warnings, w => w.Contains("offline", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("s9", 13, 22, "metformin")]
    [InlineData("s2", 13, 400, "metformin")]
    [InlineData("s2", 0, 9, "metformin")]
    public async Task ModelEvidenceOutsideTheTranscript_IsDroppedWithWarning(string segment, int start, int end, string quote)
    {
        _server.Responses.ChatContent = _ => ModelDraft(segment, start, end, quote);

        var draft = await ComposeAsync();

        Assert.Empty(draft.ClinicalDraft.Medications);
        Assert.NotEmpty(draft.Warnings);
    }

    [Fact]
    public async Task InventedDrug_IsDroppedEvenWithValidSpan()
    {
        _server.Responses.ChatContent = _ => ModelDraft("s2", 13, 22, "metformin", name: "insulin");

        var draft = await ComposeAsync();

        Assert.DoesNotContain(draft.ClinicalDraft.Medications, m => m.Name == "insulin");
    }

    [Theory]
    [InlineData(FakeFaultKind.TooManyRequests)]
    [InlineData(FakeFaultKind.ServerError)]
    [InlineData(FakeFaultKind.MalformedJson)]
    [InlineData(FakeFaultKind.Hang)]
    public async Task FailingModel_FallsBackToOfflineExtractorAndSaysSo(FakeFaultKind fault)
    {
        _server.FailNext(new FakeFault(fault, RetryAfter: "0"), times: 5);

        var draft = await ComposeAsync();

        Assert.Contains(draft.ClinicalDraft.Medications, m => m.Name == "metformin");
        Assert.Contains(draft.Warnings, w => w.Contains("offline extractor", StringComparison.Ordinal));
    }

    private async Task<ComposedDraft> ComposeAsync()
    {
        var composer = new DraftComposer(new VisitTranscriber(new UnconfiguredSpeechToTextClient()), _services.Chat(), NullLogger<DraftComposer>.Instance);
        var patient = new PatientContext("p1", "Anna Kiss", new DateOnly(1980, 1, 1), 46, PatientSex.Female, "en", [], [], [], []);
        return await composer.ComposeAsync(new DraftRequest("p1", "dr-1", new DateOnly(2026, 11, 20), "en", null, Visit), patient, CancellationToken.None);
    }

    private static string ModelDraft(string segment, int start, int end, string quote, string name = "metformin") => $$"""
        {"chiefComplaint":null,"symptoms":[],"vitals":[],
         "medications":[{"name":"{{name}}","dose":"500 mg","route":null,"frequency":"twice daily","status":"current",
           "evidence":[{"segmentId":"{{segment}}","start":{{start}},"end":{{end}},"quote":"{{quote}}"}]}],
         "allergies":[],"diagnoses":[],"plan":[],"followUp":null,"actionables":[]}
        """;
}
