using System.Globalization;
using System.Text;

namespace Mesh.Grains.Reports.Pdf;

/// <summary>
/// Writes a font as a Type0 font with Identity-H encoding over a CIDFontType2 descendant: glyph widths, a font
/// descriptor with the embedded TrueType subset, and a ToUnicode map.
/// </summary>
internal static class PdfFontWriter
{
    public static void Write(PdfObjectWriter writer, int type0, PdfFont font)
    {
        var descendant = writer.Reserve();
        var descriptor = writer.Reserve();
        var file = writer.Reserve();
        var toUnicode = writer.Reserve();
        var metrics = font.Face.Metrics;
        var glyphs = font.UsedGlyphs.Keys.Order().ToArray();
        var baseFont = SubsetTag(metrics.PostScriptName, glyphs) + "+" + metrics.PostScriptName;

        writer.Write(type0,
            $"<< /Type /Font /Subtype /Type0 /BaseFont /{baseFont} /Encoding /Identity-H /DescendantFonts [{descendant} 0 R] /ToUnicode {toUnicode} 0 R >>");
        writer.Write(descendant,
            $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{baseFont} " +
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
            $"/FontDescriptor {descriptor} 0 R /CIDToGIDMap /Identity /DW 1000 /W {Widths(font.Face, glyphs)} >>");
        writer.Write(descriptor, Descriptor(metrics, baseFont, file));

        var subset = TrueTypeSubsetter.Subset(font.Face, glyphs);
        writer.WriteStream(file, string.Create(CultureInfo.InvariantCulture, $"/Length1 {subset.Length} "), subset);
        writer.WriteStream(toUnicode, string.Empty, ToUnicodeCMap.Build(font.UsedGlyphs));
    }

    private static string Descriptor(TrueTypeMetrics metrics, string baseFont, int file)
    {
        var (xMin, yMin, xMax, yMax) = metrics.BoundingBox;
        var flags = (metrics.FixedPitch ? 1 : 0) | 32 | (metrics.ItalicAngle != 0 ? 64 : 0);

        // TrueType has no stem width; this is the usual estimate from the weight class.
        var stemV = 10 + (220 * Math.Max(metrics.WeightClass - 50, 0) / 900);
        return $"<< /Type /FontDescriptor /FontName /{baseFont} /Flags {flags} " +
            $"/FontBBox [{Scale(metrics, xMin)} {Scale(metrics, yMin)} {Scale(metrics, xMax)} {Scale(metrics, yMax)}] " +
            $"/ItalicAngle {PdfFormat.Number(metrics.ItalicAngle)} /Ascent {Scale(metrics, metrics.Ascender)} " +
            $"/Descent {Scale(metrics, metrics.Descender)} /CapHeight {Scale(metrics, metrics.CapHeight)} " +
            $"/StemV {stemV} /FontFile2 {file} 0 R >>";
    }

    // Consecutive glyph ids share one array: "first [w1 w2 ...]".
    private static string Widths(TrueTypeFont face, ushort[] glyphs)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < glyphs.Length; i++)
        {
            if (i == 0 || glyphs[i] != glyphs[i - 1] + 1)
            {
                builder.Append(i == 0 ? string.Empty : "] ").Append(glyphs[i]).Append(" [");
            }
            else
            {
                builder.Append(' ');
            }

            builder.Append(Scale(face.Metrics, face.Advance(glyphs[i])));
        }

        return builder.Append(glyphs.Length == 0 ? "]" : "]]").ToString();
    }

    private static string Scale(TrueTypeMetrics metrics, int units) =>
        ((int)Math.Round(units * 1000.0 / metrics.UnitsPerEm)).ToString(CultureInfo.InvariantCulture);

    // Six capital letters derived from the glyph set: distinct subsets get distinct names, the same subset the same name.
    private static string SubsetTag(string name, ushort[] glyphs)
    {
        const ulong FnvPrime = 1099511628211;
        var value = 14695981039346656037;
        foreach (var unit in name.Select(c => (int)c).Concat(glyphs.Select(glyph => (int)glyph)))
        {
            value = unchecked((value ^ (ulong)unit) * FnvPrime);
        }

        return string.Create(6, value, (chars, seed) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)('A' + (int)(seed % 26));
                seed /= 26;
            }
        });
    }
}
