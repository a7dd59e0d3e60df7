using Mesh.Grains.AI;
using Mesh.Grains.Audio;
using Mesh.Grains.Tests.Audio;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.AI;

[Collection(FakeOpenAiCollection.Name)]
public sealed class SpeechTranscriptionTests(FakeOpenAiServer server) : FakeOpenAiTest(server)
{
    private static readonly AudioClip Clip = AudioClip.FromBytes(TestMedia.ToneWav(16000, 1, 0.2));

    [Fact]
    public async Task TranscribeAsync_VerboseJson_ReturnsTimedSegments()
    {
        var transcript = await Client().TranscribeAsync(Clip, "en", CancellationToken.None);

        Assert.Equal("Where does it hurt? My left knee.", transcript.Text);
        Assert.Equal("english", transcript.Language);
        Assert.Equal(2, transcript.Segments.Count);
        Assert.Equal(new SpeechSegment(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4.2), "My left knee."), transcript.Segments[1]);
    }

    [Fact]
    public async Task TranscribeAsync_SendsMultipartFormWithBearerKey()
    {
        await Client().TranscribeAsync(Clip, "hu", CancellationToken.None);

        var request = Assert.Single(Server.Requests);
        Assert.Equal("/v1/audio/transcriptions", request.Path);
        Assert.Equal($"Bearer {FakeAi.ApiKey}", request.Authorization);
        Assert.Equal("fake-model", request.Form["model"]);
        Assert.Equal("hu", request.Form["language"]);
        Assert.Equal("verbose_json", request.Form["response_format"]);
        Assert.Equal("audio.wav", request.File!.FileName);
        Assert.Equal(Clip.Data, request.File.Data);
    }

    [Fact]
    public async Task TranscribeAsync_TextOnlyAnswer_FallsBackToOneSegment()
    {
        Server.Responses.Transcription = """{"text":"Köszönöm, jobban vagyok."}""";

        var transcript = await Client().TranscribeAsync(Clip, null, CancellationToken.None);

        var segment = Assert.Single(transcript.Segments);
        Assert.Equal("Köszönöm, jobban vagyok.", segment.Text);
        Assert.Equal(TimeSpan.Zero, segment.Start);
        Assert.False(Server.Requests.Single().Form.ContainsKey("language"));
    }

    [Fact]
    public async Task TranscribeAsync_AnswerWithoutText_ThrowsProviderResponseException()
    {
        Server.Responses.Transcription = """{"segments":[]}""";

        await Assert.ThrowsAsync<ProviderResponseException>(() => Client().TranscribeAsync(Clip, null, CancellationToken.None));
    }

    [Fact]
    public async Task TranscribeAsync_NotFound_FailsAtOnceWithoutRetrying()
    {
        var client = Client(baseUrl: Server.BaseUrl + "/wrong");

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => client.TranscribeAsync(Clip, null, CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task TranscribeAsync_SegmentWithoutText_ThrowsProviderResponseException()
    {
        Server.Responses.Transcription = """{"text":"Hello","segments":[{"start":0.0,"end":1.0}]}""";

        await Assert.ThrowsAsync<ProviderResponseException>(() => Client().TranscribeAsync(Clip, null, CancellationToken.None));
    }

    [Fact]
    public async Task TranscribeAsync_CallerCancels_IsCancellationNotTimeout()
    {
        Server.FailNext(new FakeFault(FakeFaultKind.Hang));
        using var cancel = new CancellationTokenSource();
        var call = Client().TranscribeAsync(Clip, null, cancel.Token);
        while (Server.Requests.IsEmpty)
        {
            await Task.Yield();
        }

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    private ISpeechToTextClient Client(string? baseUrl = null)
    {
        var container = Services(FakeAi.Settings(Server, baseUrl: baseUrl, capabilities: [AiCapabilities.SpeechToText]));
        return container.GetRequiredService<ISpeechToTextClient>();
    }
}
