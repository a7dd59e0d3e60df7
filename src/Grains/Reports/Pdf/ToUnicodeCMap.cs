using System.Globalization;
using System.Text;

namespace Mesh.Grains.Reports.Pdf;

/// <summary>Builds the CMap that maps glyph ids back to Unicode, which is what text extraction and search read.</summary>
internal static class ToUnicodeCMap
{
    // The PDF specification caps each bfchar block at 100 entries.
    private const int BlockSize = 100;

    public static byte[] Build(IReadOnlyDictionary<ushort, int> glyphs)
    {
        var builder = new StringBuilder(256 + (glyphs.Count * 16));
        builder.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");

        var ordered = glyphs.OrderBy(pair => pair.Key).ToArray();
        foreach (var block in ordered.Chunk(BlockSize))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{block.Length} beginbfchar\n");
            foreach (var (glyph, codePoint) in block)
            {
                builder.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <");
                foreach (var unit in char.ConvertFromUtf32(codePoint))
                {
                    builder.Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
                }

                builder.Append(">\n");
            }

            builder.Append("endbfchar\n");
        }

        builder.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(builder.ToString());
    }
}
