using System.Buffers.Binary;

namespace Mesh.Grains.Audio;

/// <summary>Reads PCM16 WAV files, including streamed ones (ffmpeg, espeak-ng) whose size fields say "unknown".</summary>
public static class WavReader
{
    private const ushort PcmFormat = 1;
    private const ushort ExtensibleFormat = 0xFFFE;

    /// <summary>Parses <paramref name="data"/>; throws <see cref="WavFormatException"/> naming the problem.</summary>
    public static WavAudio Read(ReadOnlyMemory<byte> data)
    {
        var span = data.Span;
        if (span.Length < 12 || !AudioFormatSniffer.Ascii(span, 0, "RIFF"u8) || !AudioFormatSniffer.Ascii(span, 8, "WAVE"u8))
        {
            throw new WavFormatException("missing RIFF/WAVE header");
        }

        (int SampleRate, int Channels)? format = null;
        var offset = 12;
        while (offset + 8 <= span.Length)
        {
            var id = span.Slice(offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(offset + 4, 4));
            var body = offset + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                format = ReadFormat(span.Slice(body, (int)Math.Min(size, (uint)(span.Length - body))));
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format is not { } known)
                {
                    throw new WavFormatException("data chunk comes before the fmt chunk");
                }

                // Streamed WAVs declare 0 or 0xFFFFFFFF because the writer could not seek back; take what is there.
                var available = span.Length - body;
                var length = size == 0 || size > available ? available : (int)size;
                length -= length % (2 * known.Channels);
                if (length == 0)
                {
                    throw new WavFormatException("the data chunk holds no samples");
                }

                return new WavAudio(known.SampleRate, known.Channels, data.Slice(body, length));
            }

            // Chunks are word-aligned; a size running past the end means there is nothing more to read.
            var next = (long)body + size + (size & 1);
            if (next > span.Length)
            {
                break;
            }

            offset = (int)next;
        }

        throw new WavFormatException(format is null ? "no fmt chunk" : "no data chunk");
    }

    private static (int SampleRate, int Channels) ReadFormat(ReadOnlySpan<byte> fmt)
    {
        if (fmt.Length < 16)
        {
            throw new WavFormatException("fmt chunk is shorter than 16 bytes");
        }

        var encoding = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
        var sampleRate = BinaryPrimitives.ReadInt32LittleEndian(fmt[4..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);
        if (encoding != PcmFormat && encoding != ExtensibleFormat)
        {
            throw new WavFormatException($"encoding {encoding} is not PCM");
        }

        if (bits != 16)
        {
            throw new WavFormatException($"{bits}-bit samples; only 16-bit PCM is supported");
        }

        if (channels == 0 || sampleRate <= 0)
        {
            throw new WavFormatException($"invalid format: {channels} channels at {sampleRate} Hz");
        }

        return (sampleRate, channels);
    }
}
