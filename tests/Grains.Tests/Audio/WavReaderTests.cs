using System.Buffers.Binary;
using System.Diagnostics;
using Mesh.Grains.Audio;

namespace Mesh.Grains.Tests.Audio;

public sealed class WavReaderTests
{
    [Fact]
    public void Read_WrittenStereoWav_ReturnsFormatAndSamples()
    {
        var wav = WavReader.Read(WavWriter.Pcm16([1, -1, 300, -300, 32767, -32768], 22050, 2));

        Assert.Equal(22050, wav.SampleRate);
        Assert.Equal(2, wav.Channels);
        Assert.Equal(3, wav.FrameCount);
        Assert.Equal(new short[] { 1, -1, 300, -300, 32767, -32768 }, wav.Samples.ToArray());
    }

    [Fact]
    public async Task Read_EspeakStreamedWav_AcceptsUnknownSizes()
    {
        var start = new ProcessStartInfo("espeak-ng", ["-v", "en", "--stdout", "The patient is feeling better today."])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        using var buffer = new MemoryStream();
        await process.StandardOutput.BaseStream.CopyToAsync(buffer);
        await process.WaitForExitAsync();

        var wav = WavReader.Read(buffer.ToArray());

        Assert.Equal(1, wav.Channels);
        Assert.Equal(22050, wav.SampleRate);
        Assert.InRange(wav.Duration.TotalSeconds, 1, 10);
    }

    [Fact]
    public void Read_HeaderWithoutSamples_SaysDataIsEmpty()
    {
        var error = Assert.Throws<WavFormatException>(() => WavReader.Read(WavWriter.Pcm16([], 16000, 1)));

        Assert.Contains("no samples", error.Message);
    }

    [Fact]
    public void Read_EightBitWav_SaysOnlySixteenBitIsSupported()
    {
        var wav = WavWriter.Pcm16([0, 0], 8000, 1);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(34), 8);

        var error = Assert.Throws<WavFormatException>(() => WavReader.Read(wav));

        Assert.Contains("16-bit", error.Message);
    }

    [Fact]
    public void Read_NotRiff_SaysHeaderIsMissing()
    {
        var error = Assert.Throws<WavFormatException>(() => WavReader.Read("OggS and other things"u8.ToArray()));

        Assert.Contains("RIFF/WAVE", error.Message);
    }

    [Fact]
    public void Read_TruncatedAfterHeader_SaysFmtIsMissing()
    {
        var error = Assert.Throws<WavFormatException>(() => WavReader.Read(WavWriter.Pcm16([5], 8000, 1)[..12]));

        Assert.Contains("no fmt chunk", error.Message);
    }
}
