namespace Mesh.Grains.Audio;

/// <summary>Recognises image formats from their leading bytes, never from file names.</summary>
public static class ImageFormatSniffer
{
    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The image format of <paramref name="data"/>, or <see cref="ImageFormat.Unknown"/>.</summary>
    public static ImageFormat Detect(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith(JpegStart))
        {
            return ImageFormat.Jpeg;
        }

        if (data.StartsWith(PngSignature))
        {
            return ImageFormat.Png;
        }

        if (AudioFormatSniffer.Ascii(data, 0, "RIFF"u8) && AudioFormatSniffer.Ascii(data, 8, "WEBP"u8))
        {
            return ImageFormat.Webp;
        }

        return IsoMediaBrand.Read(data) is { } brand && IsoMediaBrand.IsHeif(brand) ? ImageFormat.Heic : ImageFormat.Unknown;
    }

    /// <summary>The MIME type for a data URL or upload, e.g. <c>image/png</c>.</summary>
    public static string MimeType(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.Webp => "image/webp",
        ImageFormat.Heic => "image/heic",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown images have no MIME type."),
    };
}
