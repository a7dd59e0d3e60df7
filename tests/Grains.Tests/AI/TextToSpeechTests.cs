using Mesh.Grains.AI;
using Mesh.Grains.AI.Offline;
using Mesh.Grains.Audio;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.AI;

[Collection(FakeOpenAiCollection.Name)]
public sealed class TextToSpeechTests : IDisposable
{
    private readonly FakeOpenAiServer _server;
    private readonly ServiceProvider _services;

    public TextToSpeechTests(FakeOpenAiServer server)
    {
        _server = server;
        _server.Reset();
        var settings = FakeAi.Settings(server, model: "tts-1", capabilities: [AiCapabilities.TextToSpeech]);
        settings["Mesh:AI:TextToSpeech:Voice"] = "nova";
        _services = FakeAi.Services(settings);
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task SynthesizeWavAsync_Http_ReturnsWavAndAsksForWavInTheConfiguredVoice()
    {
        var clip = await Http().SynthesizeWavAsync("Take one tablet twice a day.", "en", CancellationToken.None);

        Assert.Equal(AudioFormat.Wav, clip.Format);
        Assert.Equal(_server.Responses.Speech, clip.Data);
        var body = Assert.Single(_server.Requests).Json!;
        Assert.Equal("tts-1", body["model"]!.GetValue<string>());
        Assert.Equal("nova", body["voice"]!.GetValue<string>());
        Assert.Equal("wav", body["response_format"]!.GetValue<string>());
        Assert.Equal("Take one tablet twice a day.", body["input"]!.GetValue<string>());
    }

    [Fact]
    public async Task SynthesizeWavAsync_HttpAnswersWithMp3_ThrowsProviderResponseException()
    {
        _server.Responses.Speech = [0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0];

        var error = await Assert.ThrowsAsync<ProviderResponseException>(() => Http().SynthesizeWavAsync("Hello", "en", CancellationToken.None));

        Assert.Contains("Mp3", error.Message);
    }

    [Theory]
    [InlineData("en", "The patient should rest and drink plenty of water.")]
    [InlineData("hu", "Naponta kétszer vegyen be egy tablettát étkezés közben.")]
    public async Task SynthesizeWavAsync_Espeak_ProducesReadableSpeech(string language, string text)
    {
        var clip = await new EspeakTextToSpeech().SynthesizeWavAsync(text, language, CancellationToken.None);

        var wav = WavReader.Read(clip.Data);
        Assert.Equal(AudioFormat.Wav, clip.Format);
        Assert.InRange(wav.Duration.TotalSeconds, 1, 15);
        Assert.Contains(wav.Samples.ToArray(), sample => Math.Abs((int)sample) > 1000);
    }

    [Fact]
    public async Task SynthesizeWavAsync_EspeakOptionInjection_IsRejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new EspeakTextToSpeech().SynthesizeWavAsync("Hello", "--help", CancellationToken.None));
    }

    [Fact]
    public async Task SynthesizeWavAsync_EspeakUnknownVoice_ThrowsProviderResponseException()
    {
        var error = await Assert.ThrowsAsync<ProviderResponseException>(
            () => new EspeakTextToSpeech().SynthesizeWavAsync("Hello", "zz", CancellationToken.None));

        Assert.Contains("'zz'", error.Message);
    }

    [Fact]
    public async Task SynthesizeWavAsync_EspeakMissing_NamesThePackage()
    {
        var error = await Assert.ThrowsAsync<ProviderNotConfiguredException>(
            () => new EspeakTextToSpeech("espeak-ng-not-here").SynthesizeWavAsync("Hello", "en", CancellationToken.None));

        Assert.Contains("apt-get install espeak-ng", error.Message);
        Assert.Equal(AiCapabilities.TextToSpeech, error.Capability);
    }

    private ITextToSpeechClient Http() => _services.GetRequiredService<ITextToSpeechClient>();
}
