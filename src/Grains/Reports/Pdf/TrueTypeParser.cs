using System.Buffers.Binary;

namespace Mesh.Grains.Reports.Pdf;

/// <summary>Reads the tables of a TrueType (glyf-outline) font that PDF embedding and text measurement need.</summary>
internal static class TrueTypeParser
{
    private const uint TrueTypeVersion = 0x00010000;
    private const uint AppleTrueTypeVersion = 0x74727565; // 'true'

    public static TrueTypeFont Parse(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var span = data.AsSpan();
        var version = BinaryPrimitives.ReadUInt32BigEndian(span);
        if (version is not TrueTypeVersion and not AppleTrueTypeVersion)
        {
            throw new InvalidDataException("Only TrueType outline fonts can be embedded (CFF/OpenType and collections are not supported).");
        }

        var tables = ReadDirectory(span);
        var head = Table(span, tables, "head");
        var hhea = Table(span, tables, "hhea");
        var glyphCount = U16(Table(span, tables, "maxp"), 4);
        var unitsPerEm = U16(head, 18);
        var ascender = I16(hhea, 4);
        var characters = CharacterMap.Parse(Table(span, tables, "cmap"), glyphCount);
        var capHeight = TopOf(span, tables, characters.GlyphId('H'), I16(head, 50) == 1) ?? (int)Math.Round(ascender * 0.7);
        var weightClass = 400;
        if (tables.ContainsKey("OS/2"))
        {
            var os2 = Table(span, tables, "OS/2");
            weightClass = U16(os2, 4);
            capHeight = U16(os2, 0) >= 2 && os2.Length >= 90 ? I16(os2, 88) : capHeight;
        }

        var (italicAngle, fixedPitch) = (0.0, false);
        if (tables.ContainsKey("post"))
        {
            var post = Table(span, tables, "post");
            italicAngle = BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0;
            fixedPitch = BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0;
        }

        var metrics = new TrueTypeMetrics(
            FontNames.PostScriptName(Table(span, tables, "name")) ?? "MeshFont",
            unitsPerEm,
            ascender,
            I16(hhea, 6),
            I16(hhea, 8),
            capHeight,
            weightClass,
            italicAngle,
            fixedPitch,
            (I16(head, 36), I16(head, 38), I16(head, 40), I16(head, 42)));
        var advances = ReadAdvances(Table(span, tables, "hmtx"), U16(hhea, 34), glyphCount);
        return new TrueTypeFont(data, tables, metrics, characters, advances);
    }

    public static Dictionary<string, FontTable> ReadDirectory(ReadOnlySpan<byte> data)
    {
        var count = U16(data, 4);
        var tables = new Dictionary<string, FontTable>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = data.Slice(12 + (i * 16), 16);
            var tag = string.Create(4, record[..4].ToArray(), (chars, bytes) =>
            {
                for (var c = 0; c < 4; c++)
                {
                    chars[c] = (char)bytes[c];
                }
            });
            var offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]));
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            if (offset + length > data.Length)
            {
                throw new InvalidDataException($"Font table '{tag}' runs past the end of the file.");
            }

            tables[tag] = new FontTable(offset, length);
        }

        return tables;
    }

    // hmtx lists full metrics for the first glyphs only; the rest repeat the last advance (monospaced tails).
    private static ushort[] ReadAdvances(ReadOnlySpan<byte> hmtx, int metricCount, int glyphCount)
    {
        var advances = new ushort[glyphCount];
        ushort last = 0;
        for (var glyph = 0; glyph < glyphCount; glyph++)
        {
            if (glyph < metricCount)
            {
                last = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(glyph * 4)..]);
            }

            advances[glyph] = last;
        }

        return advances;
    }

    // Fonts whose OS/2 table predates sCapHeight still show it: it is how tall the outline of 'H' is.
    private static int? TopOf(ReadOnlySpan<byte> data, Dictionary<string, FontTable> tables, ushort glyph, bool longLoca)
    {
        if (glyph == 0 || !tables.ContainsKey("glyf") || !tables.ContainsKey("loca"))
        {
            return null;
        }

        var (start, end) = GlyphClosure.Range(Table(data, tables, "loca"), glyph, longLoca);
        return end - start >= 10 ? I16(Table(data, tables, "glyf"), start + 8) : null;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> data, Dictionary<string, FontTable> tables, string tag) =>
        tables.TryGetValue(tag, out var table)
            ? data.Slice(table.Offset, table.Length)
            : throw new InvalidDataException($"The font has no '{tag}' table.");

    private static int U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);

    private static int I16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadInt16BigEndian(data[offset..]);
}
