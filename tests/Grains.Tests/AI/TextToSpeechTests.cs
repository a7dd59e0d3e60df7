using Mesh.Grains.AI;
using Mesh.Grains.AI.Http;
using Mesh.Grains.AI.Offline;
using Mesh.Grains.Audio;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mesh.Grains.Tests.AI;

public sealed class TextToSpeechTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SynthesizeAsync_Http_ReturnsWavAndAsksForWav()
    {
        var options = new AiEndpointOptions { BaseUrl = _server.BaseUrl, Model = "tts-1", Voice = "nova" };
        var provider = new OpenAiTextToSpeech(_http, options, NullLogger<OpenAiTextToSpeech>.Instance, TimeProvider.System);

        var clip = await provider.SynthesizeAsync("Take one tablet twice a day.", "en", CancellationToken.None);

        Assert.Equal(AudioFormat.Wav, clip.Format);
        Assert.Equal(_server.Responses.Speech, clip.Data);
        var body = Assert.Single(_server.Requests).Json!;
        Assert.Equal("tts-1", body["model"]!.GetValue<string>());
        Assert.Equal("nova", body["voice"]!.GetValue<string>());
        Assert.Equal("wav", body["response_format"]!.GetValue<string>());
        Assert.Equal("Take one tablet twice a day.", body["input"]!.GetValue<string>());
    }

    [Fact]
    public async Task SynthesizeAsync_HttpAnswersWithMp3_ThrowsProviderResponseException()
    {
        _server.Responses.Speech = [0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0];
        var provider = new OpenAiTextToSpeech(_http, FakeAi.Options(_server), NullLogger<OpenAiTextToSpeech>.Instance, TimeProvider.System);

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => provider.SynthesizeAsync("Hello", "en", CancellationToken.None));

        Assert.Contains("Mp3", error.Message);
    }

    [Theory]
    [InlineData("en", "The patient should rest and drink plenty of water.")]
    [InlineData("hu", "Naponta kétszer vegyen be egy tablettát étkezés közben.")]
    public async Task SynthesizeAsync_Espeak_ProducesReadableSpeech(string language, string text)
    {
        var clip = await new EspeakTextToSpeech().SynthesizeAsync(text, language, CancellationToken.None);

        var wav = WavReader.Read(clip.Data);
        Assert.Equal(AudioFormat.Wav, clip.Format);
        Assert.InRange(wav.Duration.TotalSeconds, 1, 15);
        Assert.Contains(wav.Samples.ToArray(), sample => Math.Abs((int)sample) > 1000);
    }

    [Fact]
    public async Task SynthesizeAsync_EspeakOptionInjection_IsRejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new EspeakTextToSpeech().SynthesizeAsync("Hello", "--help", CancellationToken.None));
    }

    [Fact]
    public async Task SynthesizeAsync_EspeakUnknownVoice_ThrowsProviderResponseException()
    {
        var error = await Assert.ThrowsAsync<ProviderResponseException>(
            () => new EspeakTextToSpeech().SynthesizeAsync("Hello", "zz", CancellationToken.None));

        Assert.Contains("'zz'", error.Message);
    }

    [Fact]
    public async Task SynthesizeAsync_EspeakMissing_NamesThePackage()
    {
        var error = await Assert.ThrowsAsync<ProviderNotConfiguredException>(
            () => new EspeakTextToSpeech("espeak-ng-not-here").SynthesizeAsync("Hello", "en", CancellationToken.None));

        Assert.Contains("apt-get install espeak-ng", error.Message);
        Assert.Equal(AiCapabilities.TextToSpeech, error.Capability);
    }
}
