using System.Buffers.Binary;
using Mesh.Grains.Reports;
using Mesh.Grains.Reports.Pdf;

namespace Mesh.Grains.Tests.Reports.Pdf;

public sealed class TrueTypeSubsetterTests
{
    [Fact]
    public void Subset_KeepsRequestedOutlinesAndEmptiesTheRest()
    {
        var font = ReportTypefaces.Regular;
        var kept = font.GlyphId('ő');
        var dropped = font.GlyphId('A');

        var subset = TrueTypeSubsetter.Subset(font, [kept]);

        Assert.True(subset.Length < font.Data.Length / 4, $"subset is {subset.Length} bytes");
        var tables = TrueTypeParser.ReadDirectory(subset);
        var loca = subset.AsSpan(tables["loca"].Offset, tables["loca"].Length);
        Assert.True(OutlineLength(loca, kept) > 0);
        Assert.Equal(0u, OutlineLength(loca, dropped));
    }

    [Fact]
    public void Subset_ChecksumAdjustment_MakesTheWholeFileSumToTheMagicNumber()
    {
        var font = ReportTypefaces.Bold;

        var subset = TrueTypeSubsetter.Subset(font, [font.GlyphId('ß'), font.GlyphId('Ű')]);

        uint sum = 0;
        for (var i = 0; i < subset.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(subset.AsSpan(i)));
        }

        Assert.Equal(0xB1B0AFBA, sum);
    }

    private static uint OutlineLength(ReadOnlySpan<byte> loca, int glyph) =>
        BinaryPrimitives.ReadUInt32BigEndian(loca[((glyph + 1) * 4)..]) - BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4)..]);
}
