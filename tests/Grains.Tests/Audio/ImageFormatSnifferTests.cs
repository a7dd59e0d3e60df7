using Mesh.Grains.Audio;

namespace Mesh.Grains.Tests.Audio;

public sealed class ImageFormatSnifferTests
{
    [Theory]
    [InlineData("png", ImageFormat.Png)]
    [InlineData("jpg", ImageFormat.Jpeg)]
    [InlineData("webp", ImageFormat.Webp)]
    public async Task Detect_FfmpegEncodedImage_RecognisesFormat(string extension, ImageFormat expected)
    {
        var image = await TestMedia.ImageAsync(extension);

        Assert.Equal(expected, ImageFormatSniffer.Detect(image));
    }

    [Fact]
    public void Detect_HeicBrand_IsHeic()
    {
        Assert.Equal(ImageFormat.Heic, ImageFormatSniffer.Detect(HeicHeader.Bytes));
    }

    [Fact]
    public async Task Detect_AudioOrGarbage_IsUnknown()
    {
        var m4a = await TestMedia.EncodeAsync(TestMedia.ToneWav(), "m4a", "-c:a", "aac");

        Assert.Equal(ImageFormat.Unknown, ImageFormatSniffer.Detect(m4a));
        Assert.Equal(ImageFormat.Unknown, ImageFormatSniffer.Detect(TestMedia.ToneWav()));
        Assert.Equal(ImageFormat.Unknown, ImageFormatSniffer.Detect("not an image"u8));
    }
}
