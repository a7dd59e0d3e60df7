using System.Buffers.Binary;

namespace Mesh.Grains.Reports.Pdf;

/// <summary>Assembles TrueType tables into a font file with a valid directory and checksums.</summary>
internal static class SfntWriter
{
    private const uint ChecksumMagic = 0xB1B0AFBA;

    public static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        var directorySize = 12 + (16 * count);
        var size = directorySize + tables.Values.Sum(table => Padded(table.Length));
        var output = new byte[size];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count - power) * 16));

        var record = 12;
        var offset = directorySize;
        var headOffset = -1;
        foreach (var (tag, table) in tables)
        {
            for (var c = 0; c < 4; c++)
            {
                span[record + c] = (byte)tag[c];
            }

            table.CopyTo(span[offset..]);
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 4)..], Checksum(span.Slice(offset, Padded(table.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 8)..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 12)..], (uint)table.Length);
            headOffset = tag == "head" ? offset : headOffset;
            record += 16;
            offset += Padded(table.Length);
        }

        // The head table's checksum is taken with checkSumAdjustment zeroed, which the subsetter guarantees.
        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(ChecksumMagic - Checksum(span)));
        }

        return output;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        return sum;
    }
}
