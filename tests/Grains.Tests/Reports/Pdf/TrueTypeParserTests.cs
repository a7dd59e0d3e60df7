using Mesh.Grains.Reports;

namespace Mesh.Grains.Tests.Reports.Pdf;

public sealed class TrueTypeParserTests
{
    [Theory]
    [InlineData(0x0151)] // ő
    [InlineData(0x0171)] // ű
    [InlineData(0x0150)] // Ő
    [InlineData(0x00DF)] // ß
    public void GlyphId_ClinicScripts_MapToRealGlyphWithPositiveWidth(int codePoint)
    {
        var font = ReportTypefaces.Regular;

        var glyph = font.GlyphId(codePoint);

        Assert.NotEqual(0, glyph);
        Assert.True(font.Advance(glyph) > 0, $"glyph {glyph} has no advance width");
    }

    [Fact]
    public void GlyphId_CodePointOutsideTheFont_FallsBackToNotdef()
    {
        Assert.Equal(0, ReportTypefaces.Regular.GlyphId(0x10FFFD));
    }

    [Fact]
    public void Metrics_DejaVuSans_ReadsHeadHheaAndOs2()
    {
        var metrics = ReportTypefaces.Bold.Metrics;

        Assert.Equal("DejaVuSans-Bold", metrics.PostScriptName);
        Assert.Equal(2048, metrics.UnitsPerEm);
        Assert.True(metrics.Ascender > metrics.CapHeight && metrics.CapHeight > 0 && metrics.Descender < 0);
        Assert.Equal(700, metrics.WeightClass);
    }

    [Fact]
    public void Measure_Text_SumsAdvanceWidthsAtTheGivenSize()
    {
        var font = ReportTypefaces.Regular;
        var perGlyph = font.Advance(font.GlyphId('ő')) * 10.0 / font.Metrics.UnitsPerEm;

        Assert.Equal(3 * perGlyph, font.Measure("őőő", 10), precision: 6);
    }
}
