using System.Buffers.Binary;

namespace Mesh.Grains.Reports.Pdf;

/// <summary>
/// Unicode code point to glyph id, read from a font's cmap table. Format 12 covers the whole of Unicode and
/// is preferred when present; format 4 covers the Basic Multilingual Plane.
/// </summary>
internal sealed class CharacterMap
{
    // A flat array makes the common case (any script in the BMP) one index per character while measuring text.
    private readonly ushort[] _basic = new ushort[0x10000];
    private readonly Dictionary<int, ushort> _supplementary = [];

    private CharacterMap()
    {
    }

    public ushort GlyphId(int codePoint) => codePoint is >= 0 and < 0x10000
        ? _basic[codePoint]
        : _supplementary.GetValueOrDefault(codePoint);

    /// <summary>Reads the best Unicode subtable of <paramref name="cmap"/>; glyph ids at or above <paramref name="glyphCount"/> are ignored.</summary>
    public static CharacterMap Parse(ReadOnlySpan<byte> cmap, int glyphCount)
    {
        int? format4 = null;
        int? format12 = null;
        var count = U16(cmap, 2);
        for (var i = 0; i < count; i++)
        {
            var record = 4 + (i * 8);
            var platform = U16(cmap, record);
            var encoding = U16(cmap, record + 2);
            var offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(record + 4)..]));
            if (platform != 0 && !(platform == 3 && encoding is 1 or 10))
            {
                continue;
            }

            var format = U16(cmap, offset);
            format4 ??= format == 4 ? offset : null;
            format12 ??= format == 12 ? offset : null;
        }

        var map = new CharacterMap();
        if (format12 is { } full)
        {
            map.ReadFormat12(cmap[full..], glyphCount);
        }
        else if (format4 is { } basic)
        {
            map.ReadFormat4(cmap[basic..], glyphCount);
        }
        else
        {
            throw new InvalidDataException("The font has no Unicode cmap subtable of format 4 or 12.");
        }

        return map;
    }

    private void ReadFormat4(ReadOnlySpan<byte> table, int glyphCount)
    {
        var segments = U16(table, 6) / 2;
        var ends = 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        for (var s = 0; s < segments; s++)
        {
            var start = U16(table, starts + (2 * s));
            var end = U16(table, ends + (2 * s));
            var delta = U16(table, deltas + (2 * s));
            var rangeOffset = U16(table, rangeOffsets + (2 * s));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = rangeOffset == 0 ? c : U16(table, rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start)));
                if (rangeOffset != 0 && glyph == 0)
                {
                    continue;
                }

                Set(c, (glyph + delta) & 0xFFFF, glyphCount);
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> table, int glyphCount)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + (g * 12), 12);
            var start = BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(group[4..]), 0x10FFFFu);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end; c++)
            {
                Set((int)c, (int)(glyph + (c - start)), glyphCount);
            }
        }
    }

    private void Set(int codePoint, int glyph, int glyphCount)
    {
        if (glyph <= 0 || glyph >= glyphCount)
        {
            return;
        }

        if (codePoint < 0x10000)
        {
            _basic[codePoint] = (ushort)glyph;
        }
        else
        {
            _supplementary[codePoint] = (ushort)glyph;
        }
    }

    private static int U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);
}
