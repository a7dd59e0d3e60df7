using System.Text;
using Mesh.Grains.Reports;

namespace Mesh.Grains.Tests.Reports;

public sealed class TextWrapperTests : IDisposable
{
    private readonly ReportFonts _fonts = new();
    private readonly ReportFont _font;

    public TextWrapperTests() => _font = _fonts.Body;

    public void Dispose() => _fonts.Dispose();

    [Fact]
    public void Wrap_ParagraphWiderThanColumn_BreaksBetweenWordsAndStaysWithinWidth()
    {
        var text = string.Join(' ', Enumerable.Repeat("Szőke Gábor köhögés Größe", 20));

        var lines = TextWrapper.Wrap(text, 200, _font);

        Assert.True(lines.Count > 3);
        Assert.All(lines, line => Assert.True(_font.Measure(line) <= 200, $"'{line}' is {_font.Measure(line)} pt wide"));
        Assert.Equal(text, string.Join(' ', lines));
    }

    [Fact]
    public void Wrap_TabsAndLineBreaks_SeparateWordsAndKeepExplicitLines()
    {
        var lines = TextWrapper.Wrap("Dose:\t5 mg\r\nRoute:\toral", 400, _font);

        Assert.Equal(["Dose: 5 mg", "Route: oral"], lines);
    }

    [Fact]
    public void Wrap_WordWiderThanColumn_SplitsWithoutTearingSurrogatePairs()
    {
        var word = string.Concat(Enumerable.Repeat("Ő\U0001D400", 60));

        var lines = TextWrapper.Wrap(word, 100, _font);

        Assert.True(lines.Count > 1);
        Assert.Equal(word, string.Concat(lines));
        Assert.All(lines, line => Assert.True(line.EnumerateRunes().All(rune => rune != Rune.ReplacementChar) && !char.IsHighSurrogate(line[^1])));
    }
}
