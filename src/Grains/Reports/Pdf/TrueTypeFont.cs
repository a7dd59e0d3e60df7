namespace Mesh.Grains.Reports.Pdf;

/// <summary>
/// A parsed TrueType font: the metrics a PDF font descriptor needs, Unicode to glyph mapping, and advance widths
/// for measuring text. Immutable once built, so one instance serves every render in the process.
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly CharacterMap _characters;
    private readonly ushort[] _advances;

    public TrueTypeFont(byte[] data, IReadOnlyDictionary<string, FontTable> tables, TrueTypeMetrics metrics, CharacterMap characters, ushort[] advances)
    {
        Data = data;
        Tables = tables;
        Metrics = metrics;
        _characters = characters;
        _advances = advances;
    }

    /// <summary>The whole font file, from which subsets are cut.</summary>
    public byte[] Data { get; }

    public IReadOnlyDictionary<string, FontTable> Tables { get; }

    public TrueTypeMetrics Metrics { get; }

    public int GlyphCount => _advances.Length;

    /// <summary>The glyph for <paramref name="codePoint"/>, or 0 (.notdef) when the font lacks it.</summary>
    public ushort GlyphId(int codePoint) => _characters.GlyphId(codePoint);

    /// <summary>Advance width of <paramref name="glyph"/> in font units.</summary>
    public int Advance(ushort glyph) => glyph < _advances.Length ? _advances[glyph] : 0;

    /// <summary>Width of <paramref name="text"/> in font units, without kerning.</summary>
    public int MeasureUnits(ReadOnlySpan<char> text)
    {
        var total = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            total += Advance(GlyphId(rune.Value));
        }

        return total;
    }

    /// <summary>Width of <paramref name="text"/> in points at <paramref name="size"/>.</summary>
    public double Measure(ReadOnlySpan<char> text, double size) => MeasureUnits(text) * size / Metrics.UnitsPerEm;
}
