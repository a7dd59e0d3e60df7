using System.Text;

namespace Mesh.Grains.Reports.Pdf;

/// <summary>
/// One TrueType face as used by one document: encodes text as glyph ids (Identity-H) and remembers which glyphs
/// stand for which characters, so the embedded subset and the ToUnicode map cover exactly what was drawn.
/// Not thread-safe; each document owns its fonts.
/// </summary>
internal sealed class PdfFont
{
    private const string HexDigits = "0123456789ABCDEF";

    private readonly Dictionary<ushort, int> _used = [];

    public PdfFont(TrueTypeFont face, string resourceName)
    {
        Face = face;
        ResourceName = resourceName;
    }

    public TrueTypeFont Face { get; }

    /// <summary>The name content streams select the font by, e.g. F1.</summary>
    public string ResourceName { get; }

    /// <summary>Glyph id to the code point it was first drawn for; the first wins so extraction is stable.</summary>
    public IReadOnlyDictionary<ushort, int> UsedGlyphs => _used;

    /// <summary>Appends <paramref name="text"/> as a PDF hex string of two-byte glyph ids.</summary>
    public void AppendEncoded(StringBuilder content, ReadOnlySpan<char> text)
    {
        content.Append('<');
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = Face.GlyphId(rune.Value);
            if (glyph != 0)
            {
                _used.TryAdd(glyph, rune.Value);
            }

            content.Append(HexDigits[glyph >> 12]).Append(HexDigits[(glyph >> 8) & 0xF])
                .Append(HexDigits[(glyph >> 4) & 0xF]).Append(HexDigits[glyph & 0xF]);
        }

        content.Append('>');
    }
}
