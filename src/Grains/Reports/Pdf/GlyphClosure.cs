using System.Buffers.Binary;

namespace Mesh.Grains.Reports.Pdf;

/// <summary>The glyphs a subset must keep: the requested ones, .notdef, and every component of a composite glyph.</summary>
internal static class GlyphClosure
{
    private const ushort ArgsAreWords = 0x0001;
    private const ushort HasScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HasXYScale = 0x0040;
    private const ushort HasTwoByTwo = 0x0080;

    public static bool[] Of(TrueTypeFont font, ReadOnlySpan<byte> glyf, ReadOnlySpan<byte> loca, bool longLoca, IEnumerable<ushort> glyphs)
    {
        var keep = new bool[font.GlyphCount];
        var pending = new Stack<int>(glyphs.Select(glyph => (int)glyph).Append(0));
        while (pending.TryPop(out var glyph))
        {
            if (glyph >= keep.Length || keep[glyph])
            {
                continue;
            }

            keep[glyph] = true;
            var (start, end) = Range(loca, glyph, longLoca);
            if (end - start >= 10 && BinaryPrimitives.ReadInt16BigEndian(glyf[start..]) < 0)
            {
                PushComponents(glyf[(start + 10)..end], pending);
            }
        }

        return keep;
    }

    public static (int Start, int End) Range(ReadOnlySpan<byte> loca, int glyph, bool longLoca) => longLoca
        ? ((int)BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4)..]), (int)BinaryPrimitives.ReadUInt32BigEndian(loca[((glyph + 1) * 4)..]))
        : (BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2)..]) * 2, BinaryPrimitives.ReadUInt16BigEndian(loca[((glyph + 1) * 2)..]) * 2);

    private static void PushComponents(ReadOnlySpan<byte> components, Stack<int> pending)
    {
        var offset = 0;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(components[offset..]);
            pending.Push(BinaryPrimitives.ReadUInt16BigEndian(components[(offset + 2)..]));
            offset += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            offset += (flags & HasScale) != 0 ? 2 : (flags & HasXYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0 && offset + 4 <= components.Length);
    }
}
