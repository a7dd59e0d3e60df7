using Mesh.Grains.AI;
using Mesh.Grains.AI.Http;
using Mesh.Grains.Audio;
using Mesh.Grains.Tests.Audio;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mesh.Grains.Tests.AI;

public sealed class OpenAiSpeechToTextTests : IAsyncLifetime
{
    private static readonly AudioClip Clip = AudioClip.FromBytes(TestMedia.ToneWav(16000, 1, 0.2));
    private readonly HttpClient _http = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task TranscribeAsync_VerboseJson_ReturnsTimedSegments()
    {
        var transcript = await Provider().TranscribeAsync(Clip, "en", CancellationToken.None);

        Assert.Equal("Where does it hurt? My left knee.", transcript.Text);
        Assert.Equal("english", transcript.Language);
        Assert.Equal(2, transcript.Segments.Count);
        Assert.Equal(new SpeechSegment(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4.2), "My left knee."), transcript.Segments[1]);
    }

    [Fact]
    public async Task TranscribeAsync_SendsMultipartFormWithBearerKey()
    {
        await Provider().TranscribeAsync(Clip, "hu", CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/audio/transcriptions", request.Path);
        Assert.Equal($"Bearer {FakeAi.ApiKey}", request.Authorization);
        Assert.Equal("fake-model", request.Form["model"]);
        Assert.Equal("hu", request.Form["language"]);
        Assert.Equal("verbose_json", request.Form["response_format"]);
        Assert.Equal("audio.wav", request.File!.FileName);
        Assert.Equal("audio/wav", request.File.ContentType);
        Assert.Equal(Clip.Data, request.File.Data);
    }

    [Fact]
    public async Task TranscribeAsync_TextOnlyAnswer_FallsBackToOneSegment()
    {
        _server.Responses.Transcription = """{"text":"Köszönöm, jobban vagyok."}""";

        var transcript = await Provider().TranscribeAsync(Clip, null, CancellationToken.None);

        var segment = Assert.Single(transcript.Segments);
        Assert.Equal("Köszönöm, jobban vagyok.", segment.Text);
        Assert.Equal(TimeSpan.Zero, segment.Start);
        Assert.False(_server.Requests.Single().Form.ContainsKey("language"));
    }

    [Fact]
    public async Task TranscribeAsync_AnswerWithoutText_ThrowsProviderResponseException()
    {
        _server.Responses.Transcription = """{"segments":[]}""";

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => Provider().TranscribeAsync(Clip, null, CancellationToken.None));

        Assert.Contains("\"text\"", error.Message);
    }

    [Fact]
    public async Task TranscribeAsync_NotFound_FailsAtOnceWithoutRetrying()
    {
        var options = new AiEndpointOptions { BaseUrl = _server.BaseUrl + "/wrong", Model = "whisper-1" };
        var provider = new OpenAiSpeechToText(_http, options, NullLogger<OpenAiSpeechToText>.Instance, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => provider.TranscribeAsync(Clip, null, CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task TranscribeAsync_SegmentWithoutText_ThrowsProviderResponseException()
    {
        _server.Responses.Transcription = """{"text":"Hello","segments":[{"start":0.0,"end":1.0}]}""";

        await Assert.ThrowsAsync<ProviderResponseException>(() => Provider().TranscribeAsync(Clip, null, CancellationToken.None));
    }

    [Fact]
    public async Task TranscribeAsync_CallerCancels_IsCancellationNotTimeout()
    {
        _server.FailNext(new FakeFault(FakeFaultKind.Hang));
        using var cancel = new CancellationTokenSource();
        var call = Provider().TranscribeAsync(Clip, null, cancel.Token);
        while (_server.Requests.IsEmpty)
        {
            await Task.Yield();
        }

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public void Constructor_WithoutBaseUrl_NamesTheKeysToSet()
    {
        var error = Assert.Throws<ProviderNotConfiguredException>(() => new OpenAiSpeechToText(
            _http, new AiEndpointOptions { Model = "whisper-1" }, NullLogger<OpenAiSpeechToText>.Instance, TimeProvider.System));

        Assert.Contains("Mesh:AI:SpeechToText:BaseUrl", error.Message);
        Assert.Contains("Mesh:AI:SpeechToText:Model", error.Message);
    }

    private OpenAiSpeechToText Provider() =>
        new(_http, FakeAi.Options(_server), NullLogger<OpenAiSpeechToText>.Instance, TimeProvider.System);
}
