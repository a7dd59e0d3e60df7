using Mesh.Grains.Audio;

namespace Mesh.Grains.Tests.Audio;

public sealed class AudioFormatSnifferTests
{
    [Theory]
    [InlineData("webm", AudioFormat.WebM, new[] { "-c:a", "libopus" })]
    [InlineData("ogg", AudioFormat.Ogg, new[] { "-c:a", "libopus" })]
    [InlineData("mp3", AudioFormat.Mp3, new[] { "-c:a", "libmp3lame" })]
    [InlineData("m4a", AudioFormat.M4a, new[] { "-c:a", "aac" })]
    public async Task Detect_FfmpegEncodedFile_RecognisesContainer(string extension, AudioFormat expected, string[] codec)
    {
        var encoded = await TestMedia.EncodeAsync(TestMedia.ToneWav(), extension, codec);

        Assert.Equal(expected, AudioFormatSniffer.Detect(encoded));
    }

    [Fact]
    public async Task Detect_Mp3WithoutId3Tag_RecognisesFrameSync()
    {
        var encoded = await TestMedia.EncodeAsync(TestMedia.ToneWav(), "mp3", "-c:a", "libmp3lame", "-write_xing", "0", "-id3v2_version", "0");

        Assert.Equal((byte)0xFF, encoded[0]);
        Assert.Equal(AudioFormat.Mp3, AudioFormatSniffer.Detect(encoded));
    }

    [Fact]
    public void Detect_WrittenWav_IsWav()
    {
        Assert.Equal(AudioFormat.Wav, AudioFormatSniffer.Detect(TestMedia.ToneWav()));
    }

    [Fact]
    public async Task Detect_AdtsAacOrPhoto_IsNotMistakenForAudioWeSupport()
    {
        var adts = await TestMedia.EncodeAsync(TestMedia.ToneWav(), "aac", "-c:a", "aac", "-f", "adts");
        var png = await TestMedia.ImageAsync("png");

        Assert.Equal(AudioFormat.Unknown, AudioFormatSniffer.Detect(adts));
        Assert.Equal(AudioFormat.Unknown, AudioFormatSniffer.Detect(png));
        Assert.Equal(AudioFormat.Unknown, AudioFormatSniffer.Detect(HeicHeader.Bytes));
        Assert.Equal(AudioFormat.Unknown, AudioFormatSniffer.Detect([]));
    }

    [Fact]
    public void FromBytes_TakesFormatFromContent()
    {
        var clip = AudioClip.FromBytes(TestMedia.ToneWav());

        Assert.Equal(AudioFormat.Wav, clip.Format);
    }
}
