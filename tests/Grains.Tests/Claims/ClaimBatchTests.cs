using System.Diagnostics;
using Mesh.Grains.Claims;
using Mesh.TestSupport.Claims;

namespace Mesh.Grains.Tests.Claims;

public sealed class ClaimBatchTests(ClaimClusterFixture cluster) : IClassFixture<ClaimClusterFixture>
{
    private readonly string _clinic = cluster.NewClinic();

    [Fact]
    public async Task FileOverAThousandClaims_IsImportedInTheBackground_WithProgress_AndOnlyOnce()
    {
        var files = SyntheticX12.Generate(1_200, seed: 3);
        var importer = cluster.Grains.GetGrain<IClaimImportGrain>(_clinic);

        var started = await importer.ImportClaimsAsync(files.Claims);

        Assert.NotNull(started.BatchId);
        Assert.Equal(1_200, started.ClaimCount);
        Assert.Empty(started.Claims);
        var batch = cluster.Grains.GetGrain<IClaimBatchGrain>(TenantKeys.For(_clinic, started.BatchId!));
        var progress = await WaitForCompletionAsync(batch, TimeSpan.FromSeconds(30));
        Assert.Equal((1_200, 1_200, 1_200), (progress.Total, progress.Processed, progress.Accepted));
        Assert.Contains("ST*999", progress.Acknowledgement, StringComparison.Ordinal);
        Assert.Equal(1_200, (await cluster.Grains.GetGrain<IClaimIndexGrain>(_clinic).ListClaimsAsync(new ClaimQuery(null, null, null, null, null, 0, 1))).Total);

        var again = await importer.ImportClaimsAsync(files.Claims);
        Assert.True(again.Duplicate);
        Assert.Equal(started.BatchId, again.BatchId);
        Assert.Null(await cluster.Grains.GetGrain<IClaimBatchGrain>(TenantKeys.For(_clinic, "no-such-batch")).GetProgressAsync());
    }

    private static async Task<ClaimBatchProgress> WaitForCompletionAsync(IClaimBatchGrain batch, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var progress = (await batch.GetProgressAsync())!;
            if (progress.Completed)
            {
                return progress;
            }

            Assert.True(clock.Elapsed < limit, $"The batch did only {progress.Processed} of {progress.Total} claims in {limit}.");
            await Task.Delay(100);
        }
    }
}
