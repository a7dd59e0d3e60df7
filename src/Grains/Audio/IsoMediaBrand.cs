using System.Text;

namespace Mesh.Grains.Audio;

/// <summary>The major brand of an ISO base media file (MP4, M4A, HEIC all start with an ftyp box).</summary>
internal static class IsoMediaBrand
{
    private static readonly HashSet<string> ImageBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis"];

    public static string? Read(ReadOnlySpan<byte> data) =>
        AudioFormatSniffer.Ascii(data, 4, "ftyp"u8) && data.Length >= 12 ? Encoding.ASCII.GetString(data.Slice(8, 4)) : null;

    public static bool IsImage(string brand) => ImageBrands.Contains(brand);

    public static bool IsHeif(string brand) => IsImage(brand) && !brand.StartsWith("avi", StringComparison.Ordinal);
}
