using Mesh.Grains.Claims.CodeSets;

namespace Mesh.Grains.Tests.Claims.CodeSets;

public sealed class CodeSetParsingTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void OrderFile_ReadsFixedColumnsAndTheBillableFlag()
    {
        var text = """
            00001 A00     0 Cholera                                                      Cholera
            00002 A000    1 Cholera due to Vibrio cholerae 01, biovar cholerae           Cholera due to Vibrio cholerae 01, biovar cholerae
            00003 E119    1 Type 2 diabetes mellitus without complications               
            """;

        var parsed = Icd10CmOrderFile.Parse(text);

        Assert.Empty(parsed.Errors);
        Assert.Equal(
            [new CodeSetEntry("A00", false, "Cholera"), new CodeSetEntry("A000", true, "Cholera due to Vibrio cholerae 01, biovar cholerae"), new CodeSetEntry("E119", true, "Type 2 diabetes mellitus without complications")],
            parsed.Entries);
    }

    [Theory]
    [InlineData("A000    1 Cholera")]
    [InlineData("00002 A000    2 Cholera                                                      Cholera")]
    [InlineData("00002 A0.0    1 Cholera                                                      Cholera")]
    [InlineData("0000X A000    1 Cholera                                                      Cholera")]
    [InlineData("code,description")]
    public void OrderFile_NamesTheLineOfABadRow(string bad)
    {
        var parsed = Icd10CmOrderFile.Parse("00001 A00     0 Cholera                                                      Cholera\n" + bad);

        Assert.StartsWith("line 2:", Assert.Single(parsed.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_ReadsQuotedDescriptionsAndEndDates()
    {
        var text = "code,description,start,end\n45,\"Charge exceeds fee schedule, \"\"allowed\"\"\",,\n200,Expenses incurred during lapse in coverage,2000-01-01,2020-01-01\n";

        var parsed = ReasonCodeCsv.Parse(text, Today);

        Assert.Empty(parsed.Errors);
        Assert.Equal([new CodeSetEntry("45", true, "Charge exceeds fee schedule, \"allowed\""), new CodeSetEntry("200", false, "Expenses incurred during lapse in coverage")], parsed.Entries);
    }

    [Theory]
    [InlineData("45")]
    [InlineData("45,\"unterminated")]
    [InlineData("4 5,space in code")]
    [InlineData("45,desc,2020-01-01,31/12/2020")]
    [InlineData("45,desc,a,b,c")]
    public void Csv_NamesTheLineOfABadRow(string bad)
    {
        var parsed = ReasonCodeCsv.Parse("code,description\n1,Deductible\n" + bad, Today);

        Assert.StartsWith("line 3:", Assert.Single(parsed.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CodeSetNames.Icd10Cm, "ICD-10-CM")]
    [InlineData(CodeSetNames.Carc, "CARC")]
    [InlineData(CodeSetNames.Rarc, "RARC")]
    public void Starter_IsLabelledAndClean(string name, string title)
    {
        var starter = CodeSetFiles.Starter(name, Today);

        Assert.Empty(starter.Errors);
        Assert.True(starter.Entries.Count >= 10);
        Assert.Contains(title, starter.Label, StringComparison.Ordinal);
        Assert.Contains("own words", starter.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void StarterIcd10_HasBillableCodesAndCategories()
    {
        var entries = CodeSetFiles.Starter(CodeSetNames.Icd10Cm, Today).Entries.ToDictionary(e => e.Code, e => e.Billable);

        Assert.All(["E119", "I10", "J069", "Z0000", "M5450"], code => Assert.True(entries[code]));
        Assert.All(["E11", "M545", "Z00"], code => Assert.False(entries[code]));
    }
}
