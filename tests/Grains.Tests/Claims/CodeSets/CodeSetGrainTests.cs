using Mesh.Grains.Claims.CodeSets;
using Mesh.Grains.Claims.X12;
using Mesh.Grains.Tests.Claims.X12;
using Mesh.Grains.Tests.Cluster;

namespace Mesh.Grains.Tests.Claims.CodeSets;

/// <summary>One Mesh silo for a test class.</summary>
public sealed class CodeSetClusterFixture : IAsyncLifetime
{
    public MeshCluster Mesh { get; private set; } = null!;

    public async Task InitializeAsync() => Mesh = await MeshCluster.StartAsync();

    public async Task DisposeAsync() => await Mesh.DisposeAsync();
}

public sealed class CodeSetLookupTests(CodeSetClusterFixture fixture) : IClassFixture<CodeSetClusterFixture>
{
    private IGrainFactory Grains => fixture.Mesh.Cluster.Client;

    [Fact]
    public async Task Starter_AnswersBatchLookupsAndSearch()
    {
        var icd = Grains.GetGrain<ICodeSetGrain>(CodeSetNames.Icd10Cm);

        var matches = await icd.LookupAsync(["E119", "E11", "e11.9", "Q999"]);

        Assert.Equal([(true, true), (true, false), (true, true), (false, false)], matches.Select(m => (m.Known, m.Billable)));
        Assert.Equal("e11.9", matches[2].Code);
        Assert.Equal(["E11", "E1165", "E119"], (await icd.SearchAsync("E11", 10)).Select(m => m.Code));
        Assert.Equal(["M545", "M5450", "M5459"], (await icd.SearchAsync("low back", 10)).Select(m => m.Code));
        var summary = await icd.DescribeAsync();
        Assert.Contains("starter", summary.Source, StringComparison.OrdinalIgnoreCase);
        Assert.Null(summary.LoadedAt);
    }

    [Fact]
    public async Task Lookups_FromOneBatchCheckAClaimFile()
    {
        var text = ClaimTestFiles.Read("professional-837p.x12").Replace("HI*ABK:M5450~", "HI*ABK:M545~", StringComparison.Ordinal);

        var icd10 = await Grains.DiagnosesAsync(X12CodeScan.Diagnoses(text));
        var file = ClaimFileReader.Read(text, ClaimTestFiles.ReceivedAt, icd10);

        var rejected = Assert.Single(file.Claims, c => !c.Accepted);
        Assert.Equal("PCN-1004", rejected.ClaimId);
        Assert.Equal(X12IssueCodes.Icd10NotBillable, Assert.Single(rejected.Errors).Code);
    }

    [Fact]
    public async Task Lookups_DescribeRemittanceReasons()
    {
        var text = ClaimTestFiles.Read("remittance-835.x12");
        var (adjustments, remarks) = X12CodeScan.Reasons(text);

        var codes = await Grains.ReasonsAsync(adjustments, remarks);
        var file = RemittanceFileReader.Read(text, ClaimTestFiles.ReceivedAt, codes);

        Assert.Equal(["1", "2", "45", "50", "97"], adjustments.Order(StringComparer.Ordinal));
        Assert.Contains("medically necessary", file.Payments[2].Payment!.Adjustments[0].Description, StringComparison.Ordinal);
        Assert.Contains("bundled", file.Payments[1].Payment!.Lines[1].Remarks[0].Description, StringComparison.Ordinal);
    }
}

/// <summary>Loads change the set for the whole cluster, so they run on a cluster of their own.</summary>
public sealed class CodeSetLoadTests(CodeSetClusterFixture fixture) : IClassFixture<CodeSetClusterFixture>
{
    private IGrainFactory Grains => fixture.Mesh.Cluster.Client;

    [Fact]
    public async Task Load_ReplacesTheSetAndSayingItTwiceWritesNothing()
    {
        var carc = Grains.GetGrain<ICodeSetGrain>(CodeSetNames.Carc);
        const string file = "code,description\n45,Over the fee schedule\n999,A code only this release has\n";

        var loaded = await carc.LoadAsync(file, "test release 2027");
        var again = await carc.LoadAsync(file, "ignored");

        Assert.True(loaded.Loaded);
        Assert.Equal((2, "test release 2027"), (loaded.Summary.Count, loaded.Summary.Source));
        Assert.Equal(loaded.Summary, again.Summary);
        Assert.Equal(["A code only this release has", null], (await carc.LookupAsync(["999", "50"])).Select(m => m.Description));
    }

    [Fact]
    public async Task Load_WithABadLineChangesNothing()
    {
        var rarc = Grains.GetGrain<ICodeSetGrain>(CodeSetNames.Rarc);
        var before = await rarc.DescribeAsync();

        var result = await rarc.LoadAsync("code,description\nN1,Fine\nN 2,Bad code\n", "bad");

        Assert.False(result.Loaded);
        Assert.Equal(before, result.Summary);
        Assert.StartsWith("line 3:", Assert.Single(result.Errors), StringComparison.Ordinal);
    }
}
