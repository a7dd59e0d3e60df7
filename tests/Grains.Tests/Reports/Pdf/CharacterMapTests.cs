using System.Buffers.Binary;
using Mesh.Grains.Reports.Pdf;

namespace Mesh.Grains.Tests.Reports.Pdf;

public sealed class CharacterMapTests
{
    [Fact]
    public void Parse_Format12_MapsSupplementaryPlaneGroups()
    {
        // One group: U+1F600..U+1F602 -> glyphs 40..42.
        var cmap = Cmap(3, 10, Format12((0x1F600, 0x1F602, 40)));

        var map = CharacterMap.Parse(cmap, glyphCount: 100);

        Assert.Equal(41, map.GlyphId(0x1F601));
        Assert.Equal(0, map.GlyphId(0x1F603));
    }

    [Fact]
    public void Parse_Format4_AppliesDeltaAndGlyphIdArray()
    {
        // Segment 1: 'A'..'C' by delta to glyphs 10..12; segment 2: U+0151 through the glyph id array to 77.
        var cmap = Cmap(3, 1, Format4());

        var map = CharacterMap.Parse(cmap, glyphCount: 100);

        Assert.Equal(11, map.GlyphId('B'));
        Assert.Equal(77, map.GlyphId(0x0151));
        Assert.Equal(0, map.GlyphId('D'));
    }

    [Fact]
    public void Parse_GlyphIdBeyondTheFont_IsIgnored()
    {
        var map = CharacterMap.Parse(Cmap(3, 10, Format12((0x41, 0x41, 500))), glyphCount: 100);

        Assert.Equal(0, map.GlyphId('A'));
    }

    private static byte[] Cmap(ushort platform, ushort encoding, byte[] subtable)
    {
        var cmap = new byte[12 + subtable.Length];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(4), platform);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(6), encoding);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(8), 12);
        subtable.CopyTo(cmap, 12);
        return cmap;
    }

    private static byte[] Format12(params (uint Start, uint End, uint Glyph)[] groups)
    {
        var table = new byte[16 + (12 * groups.Length)];
        BinaryPrimitives.WriteUInt16BigEndian(table, 12);
        BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(4), (uint)table.Length);
        BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(12), (uint)groups.Length);
        for (var i = 0; i < groups.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(16 + (12 * i)), groups[i].Start);
            BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(20 + (12 * i)), groups[i].End);
            BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(24 + (12 * i)), groups[i].Glyph);
        }

        return table;
    }

    private static byte[] Format4()
    {
        // Three segments (the last is the required 0xFFFF terminator), then one glyph id array entry.
        ushort[] ends = [0x43, 0x151, 0xFFFF];
        ushort[] starts = [0x41, 0x151, 0xFFFF];
        ushort[] deltas = [unchecked((ushort)(10 - 0x41)), 0, 1];
        ushort[] rangeOffsets = [0, 4, 0]; // Segment 1 points 4 bytes on: past the last segment's entry, onto the glyph id array.
        ushort[] words = [4, 0, 0, 6, 0, 0, 0, .. ends, 0, .. starts, .. deltas, .. rangeOffsets, 77];
        var table = new byte[words.Length * 2];
        for (var i = 0; i < words.Length; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2 * i), words[i]);
        }

        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), (ushort)table.Length);
        return table;
    }
}
