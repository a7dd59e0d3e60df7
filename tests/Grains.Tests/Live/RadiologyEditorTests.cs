using System.Text.Json.Nodes;
using Mesh.Grains.AI;
using Mesh.Grains.Live;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.Live;

[Collection(FakeOpenAiCollection.Name)]
public sealed class RadiologyEditorTests(FakeOpenAiServer server) : FakeOpenAiTest(server)
{
    [Fact]
    public async Task OfflineEditor_MergesAndCleansLikeRadiologyDictation()
    {
        var editor = new OfflineRadiologyEditor();

        Assert.Equal("Lungs clear. Heart normal.", await editor.MergeFindingsAsync("Lungs clear", "heart normal period", "en", CancellationToken.None));
        Assert.Equal("No acute findings.", await editor.CleanImpressionsAsync("um no no acute findings", "en", CancellationToken.None));
    }

    [Fact]
    public async Task ChatEditor_MergeFindings_ReturnsTheModelsFindingsAndSendsBothTexts()
    {
        Server.Responses.ChatContent = _ => """{"text":"The lungs are clear. A 4 mm nodule in the right upper lobe."}""";

        var findings = await Editor().MergeFindingsAsync("The lungs are clear.", "a 4 mm nodule in the right upper lobe period", "en", CancellationToken.None);

        Assert.Equal("The lungs are clear. A 4 mm nodule in the right upper lobe.", findings);
        var body = Assert.Single(Server.Requests).Json!;
        Assert.Equal("radiology_findings", body["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
        var prompt = body["messages"]![1]!["content"]!.GetValue<string>();
        Assert.Contains("The lungs are clear.", prompt);
        Assert.Contains("a 4 mm nodule in the right upper lobe period", prompt);
    }

    [Fact]
    public async Task ChatEditor_CleanImpressions_ReturnsTheModelsText()
    {
        Server.Responses.ChatContent = _ => """{"text":"No acute intracranial abnormality."}""";

        var impressions = await Editor().CleanImpressionsAsync("um no acute uh intracranial abnormality", "en", CancellationToken.None);

        Assert.Equal("No acute intracranial abnormality.", impressions);
        Assert.Equal("radiology_impressions", Assert.Single(Server.Requests).Json!["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChatEditor_AnswerLosesADictatedMeasurement_ThrowsProviderResponseException()
    {
        Server.Responses.ChatContent = _ => """{"text":"The lungs are clear. A small nodule in the right upper lobe."}""";

        var error = await Assert.ThrowsAsync<ProviderResponseException>(
            () => Editor().MergeFindingsAsync("The lungs are clear.", "a 4.5 mm nodule in the right upper lobe", "en", CancellationToken.None));

        Assert.Contains("4.5", error.Message);
    }

    [Fact]
    public async Task ChatEditor_AnswerWithoutText_ThrowsProviderResponseException()
    {
        Server.Responses.ChatContent = _ => """{"findings":"x"}""";

        await Assert.ThrowsAsync<ProviderResponseException>(() => Editor().CleanImpressionsAsync("normal study", "en", CancellationToken.None));
    }

    [Fact]
    public async Task ChatEditor_ServerFails_TheErrorSurfacesWithoutOfflineFallback()
    {
        Server.FailNext(new FakeFault(FakeFaultKind.ServerError));
        var editor = Editor(maxRetries: 0);

        await Assert.ThrowsAsync<ProviderResponseException>(() => editor.MergeFindingsAsync("Lungs clear.", "heart normal", "en", CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ,  ")]
    public async Task ChatEditor_DictationWithoutWords_AsksNoModel(string dictation)
    {
        Assert.Equal("Lungs clear.", await Editor().MergeFindingsAsync("Lungs clear.", dictation, "en", CancellationToken.None));
        Assert.Equal(string.Empty, await Editor().CleanImpressionsAsync(dictation, "en", CancellationToken.None));

        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task ChatEditor_HungarianDictation_PassesTheLanguage()
    {
        Server.Responses.ChatContent = request => new JsonObject { ["text"] = "A tüdő tiszta." }.ToJsonString();

        await Editor().CleanImpressionsAsync("öö a tüdő tiszta", "hu", CancellationToken.None);

        var prompt = Assert.Single(Server.Requests).Json!["messages"]![1]!["content"]!.GetValue<string>();
        Assert.Contains("Report language: hu", prompt);
        Assert.Contains("öö a tüdő tiszta", prompt);
    }

    private ChatRadiologyEditor Editor(int? maxRetries = null)
    {
        var container = Services(FakeAi.Settings(Server, maxRetries: maxRetries, model: "gpt-test", capabilities: [AiCapabilities.Chat]));
        return new ChatRadiologyEditor(container.Chat());
    }
}
