using Mesh.Grains.Audio;

namespace Mesh.Grains.Tests.Audio;

public sealed class FfmpegAudioConverterTests
{
    private readonly FfmpegAudioConverter _converter = new();

    [Theory]
    [InlineData("webm", "libopus")]
    [InlineData("ogg", "libopus")]
    [InlineData("mp3", "libmp3lame")]
    [InlineData("m4a", "aac")]
    public async Task ToPcm16MonoWav_EncodedStereoTone_RoundTripsToMonoAtRequestedRate(string extension, string codec)
    {
        var encoded = AudioClip.FromBytes(await TestMedia.EncodeAsync(TestMedia.ToneWav(44100, 2, 1.0), extension, "-c:a", codec));

        var converted = await _converter.ToPcm16MonoWavAsync(encoded, 16000);

        Assert.Equal(AudioFormat.Wav, converted.Format);
        var wav = WavReader.Read(converted.Data);
        Assert.Equal(16000, wav.SampleRate);
        Assert.Equal(1, wav.Channels);
        Assert.InRange(wav.Duration.TotalSeconds, 0.9, 1.2);
        Assert.True(wav.Samples.ToArray().Max(s => Math.Abs((int)s)) > 4000, "the tone should survive the round trip");
    }

    [Fact]
    public async Task ToPcm16MonoWav_UnreadableInput_ExplainsFfmpegFailure()
    {
        var garbage = new AudioClip("this is not audio at all, just text"u8.ToArray(), AudioFormat.Unknown);

        var error = await Assert.ThrowsAsync<AudioConversionException>(() => _converter.ToPcm16MonoWavAsync(garbage, 16000));

        Assert.Contains("ffmpeg could not decode", error.Message);
    }

    [Fact]
    public async Task ToPcm16MonoWav_FfmpegMissing_NamesThePackage()
    {
        var converter = new FfmpegAudioConverter("ffmpeg-missing-on-this-host");

        var error = await Assert.ThrowsAsync<ExternalToolMissingException>(
            () => converter.ToPcm16MonoWavAsync(AudioClip.FromBytes(TestMedia.ToneWav()), 16000));

        Assert.Contains("apt-get install", error.Message);
    }
}
