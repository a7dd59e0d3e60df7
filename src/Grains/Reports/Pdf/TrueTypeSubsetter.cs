using System.Buffers.Binary;

namespace Mesh.Grains.Reports.Pdf;

/// <summary>
/// Cuts a font down to the glyphs a document uses. Glyph ids are kept (unused outlines become empty), so the PDF can
/// address glyphs with an identity CID-to-GID map; only the tables a PDF renderer reads are carried over.
/// </summary>
internal static class TrueTypeSubsetter
{
    private static readonly string[] CopiedTables = ["cvt ", "fpgm", "hhea", "maxp", "name", "OS/2", "prep"];

    public static byte[] Subset(TrueTypeFont font, IEnumerable<ushort> glyphs)
    {
        var data = font.Data.AsSpan();
        var head = Table(font, "head");
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        var keep = GlyphClosure.Of(font, Table(font, "glyf"), Table(font, "loca"), longLoca, glyphs);

        // Glyphs past the last one kept are cut off entirely, which shrinks loca and hmtx for text in early Unicode blocks.
        var count = Array.LastIndexOf(keep, true) + 1;
        var metricCount = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(Table(font, "hhea")[34..]), count);

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var tag in CopiedTables)
        {
            if (font.Tables.TryGetValue(tag, out var table))
            {
                tables[tag] = data.Slice(table.Offset, table.Length).ToArray();
            }
        }

        BinaryPrimitives.WriteUInt16BigEndian(tables["maxp"].AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(tables["hhea"].AsSpan(34), (ushort)metricCount);
        var newHead = head.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1);
        tables["head"] = newHead;
        (tables["glyf"], tables["loca"]) = Outlines(font, keep.AsSpan(0, count), longLoca);
        tables["hmtx"] = Metrics(font, keep.AsSpan(0, count), metricCount);
        if (font.Tables.ContainsKey("post"))
        {
            tables["post"] = PostWithoutNames(Table(font, "post"));
        }

        return SfntWriter.Write(tables);
    }

    private static (byte[] Glyf, byte[] Loca) Outlines(TrueTypeFont font, ReadOnlySpan<bool> keep, bool longLoca)
    {
        var glyf = Table(font, "glyf");
        var loca = Table(font, "loca");
        var output = new MemoryStream();
        var newLoca = new byte[(keep.Length + 1) * 4];
        for (var glyph = 0; glyph < keep.Length; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(glyph * 4), (uint)output.Length);
            if (!keep[glyph])
            {
                continue;
            }

            var (start, end) = GlyphClosure.Range(loca, glyph, longLoca);
            output.Write(glyf[start..end]);

            // Keeping every outline 4-byte aligned matches what most font tools emit.
            while (output.Length % 4 != 0)
            {
                output.WriteByte(0);
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(keep.Length * 4), (uint)output.Length);
        return (output.ToArray(), newLoca);
    }

    // Unused glyphs get zero metrics: nothing reads them and runs of zeros compress to almost nothing. The last full
    // metric is always kept, because glyphs after it (a monospaced tail) take their advance from it.
    private static byte[] Metrics(TrueTypeFont font, ReadOnlySpan<bool> keep, int metricCount)
    {
        var hmtx = Table(font, "hmtx");
        var sourceCount = BinaryPrimitives.ReadUInt16BigEndian(Table(font, "hhea")[34..]);
        var output = new byte[(metricCount * 4) + ((keep.Length - metricCount) * 2)];
        for (var glyph = 0; glyph < keep.Length; glyph++)
        {
            if (!keep[glyph] && glyph != metricCount - 1)
            {
                continue;
            }

            var bearing = glyph < sourceCount
                ? hmtx.Slice((glyph * 4) + 2, 2)
                : hmtx.Slice((sourceCount * 4) + ((glyph - sourceCount) * 2), 2);
            if (glyph < metricCount)
            {
                hmtx.Slice(Math.Min(glyph, sourceCount - 1) * 4, 2).CopyTo(output.AsSpan(glyph * 4));
                bearing.CopyTo(output.AsSpan((glyph * 4) + 2));
            }
            else
            {
                bearing.CopyTo(output.AsSpan((metricCount * 4) + ((glyph - metricCount) * 2)));
            }
        }

        return output;
    }

    // Format 3 carries no glyph names; a CID-keyed PDF font addresses glyphs by id and never needs them.
    private static byte[] PostWithoutNames(ReadOnlySpan<byte> post)
    {
        var header = post[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00030000);
        return header;
    }

    private static ReadOnlySpan<byte> Table(TrueTypeFont font, string tag) =>
        font.Tables.TryGetValue(tag, out var table)
            ? font.Data.AsSpan(table.Offset, table.Length)
            : throw new InvalidDataException($"The font has no '{tag}' table.");
}
