using Mesh.Grains.Scribe.Extraction;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Tests.Scribe;

public sealed class DosesTests
{
    [Theory]
    [InlineData("500 mg", "500 mg")]
    [InlineData("0.5 mg", "0.5 mg")]
    [InlineData("0,5 mg-ot", "0.5 mg")]
    [InlineData("5 milligrams", "5 mg")]
    [InlineData("five hundred milligrams", "500 mg")]
    [InlineData("twenty-five mg", "25 mg")]
    [InlineData("100 mcg", "100 mcg")]
    [InlineData("50 µg", "50 mcg")]
    [InlineData("1 g", "1 g")]
    [InlineData("10 ml", "10 ml")]
    [InlineData("12 units", "12 units")]
    [InlineData("1000 IU", "1000 IU")]
    [InlineData("10 egységet", "10 units")]
    public void Find_NormalisesAmountAndUnit(string said, string dose)
    {
        var folded = TextFolding.Fold($"take {said} daily");

        var match = Assert.Single(Doses.Find(folded, new TextSpan(0, folded.Length)));

        Assert.Equal(dose, match.Dose);
    }

    [Fact]
    public void Find_IgnoresNumbersWithoutAUnit()
    {
        var folded = TextFolding.Fold("for 3 days, 2 times");

        Assert.Empty(Doses.Find(folded, new TextSpan(0, folded.Length)));
    }
}
