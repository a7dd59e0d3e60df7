namespace Mesh.Grains.Tests.Audio;

/// <summary>The first box of an iPhone HEIC photo (ffmpeg cannot encode HEIC, so it is written out byte by byte).</summary>
internal static class HeicHeader
{
    public static readonly byte[] Bytes =
    [
        0x00, 0x00, 0x00, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p',
        (byte)'h', (byte)'e', (byte)'i', (byte)'c', 0x00, 0x00, 0x00, 0x00,
        (byte)'m', (byte)'i', (byte)'f', (byte)'1', (byte)'h', (byte)'e', (byte)'i', (byte)'c',
    ];
}
