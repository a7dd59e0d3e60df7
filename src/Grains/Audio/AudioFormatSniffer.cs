namespace Mesh.Grains.Audio;

/// <summary>Recognises audio containers from their leading bytes; file names and client-declared types are not trusted.</summary>
public static class AudioFormatSniffer
{
    private static readonly byte[] Ebml = [0x1A, 0x45, 0xDF, 0xA3];

    /// <summary>The container format of <paramref name="data"/>, or <see cref="AudioFormat.Unknown"/>.</summary>
    public static AudioFormat Detect(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 12 && Ascii(data, 0, "RIFF"u8) && Ascii(data, 8, "WAVE"u8))
        {
            return AudioFormat.Wav;
        }

        if (data.StartsWith(Ebml))
        {
            return AudioFormat.WebM;
        }

        if (Ascii(data, 0, "OggS"u8))
        {
            return AudioFormat.Ogg;
        }

        if (Ascii(data, 0, "ID3"u8) || IsMpegAudioFrame(data))
        {
            return AudioFormat.Mp3;
        }

        if (IsoMediaBrand.Read(data) is { } brand && !IsoMediaBrand.IsImage(brand))
        {
            return AudioFormat.M4a;
        }

        return AudioFormat.Unknown;
    }

    // Frame sync (11 set bits), a defined MPEG version and layer, and a usable bitrate index; ADTS AAC has layer 00 and is excluded.
    private static bool IsMpegAudioFrame(ReadOnlySpan<byte> data) =>
        data.Length >= 4
        && data[0] == 0xFF
        && (data[1] & 0xE0) == 0xE0
        && (data[1] & 0x18) != 0x08
        && (data[1] & 0x06) != 0
        && (data[2] & 0xF0) != 0xF0;

    internal static bool Ascii(ReadOnlySpan<byte> data, int offset, ReadOnlySpan<byte> text) =>
        data.Length >= offset + text.Length && data.Slice(offset, text.Length).SequenceEqual(text);
}
