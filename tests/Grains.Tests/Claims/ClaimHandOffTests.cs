using Mesh.Grains.Claims;
using static Mesh.Grains.Tests.Claims.ClaimSamples;

namespace Mesh.Grains.Tests.Claims;

/// <summary>Claims and payments read from another format (FHIR) go through the claim import grain as an 837's and an 835's do.</summary>
public sealed class ClaimHandOffTests(ClaimClusterFixture cluster) : IClassFixture<ClaimClusterFixture>
{
    private readonly string _clinic = cluster.NewClinic();

    private IClaimImportGrain Import => cluster.Grains.GetGrain<IClaimImportGrain>(_clinic);

    [Fact]
    public async Task SubmitClaims_StoresIndexesAndScoresEach_AndTheSameAgainChangesNothing()
    {
        var first = await Import.SubmitClaimsAsync([Claim("F1"), Claim("F2")], "fhir");
        var again = await Import.SubmitClaimsAsync([Claim("F1")], "fhir");

        Assert.All(first, outcome => Assert.Equal(ClaimSubmitOutcome.Created, outcome.Outcome));
        Assert.All(first, outcome => Assert.NotNull(outcome.Risk));
        Assert.Equal(["F1", "F2"], first.Select(o => o.ClaimId));
        Assert.Equal(ClaimSubmitOutcome.Unchanged, Assert.Single(again).Outcome);
        var page = await cluster.Grains.GetGrain<IClaimIndexGrain>(_clinic).ListClaimsAsync(new ClaimQuery(null, null, null, null, null, 0, 10));
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task ApplyRemittances_AppliesInOrder_AndAPaymentForNoClaimComesBackWithoutStatus()
    {
        await Import.SubmitClaimsAsync([Claim("F1")], "fhir");

        var outcomes = await Import.ApplyRemittancesAsync([Payment("NOPE"), Denial("F1")]);
        var replay = await Import.ApplyRemittancesAsync([Denial("F1")]);

        Assert.Null(outcomes[0].Status);
        Assert.False(outcomes[0].Applied);
        Assert.Equal(ClaimStatus.Denied, outcomes[1].Status);
        Assert.True(outcomes[1].Applied);
        Assert.False(Assert.Single(replay).Applied);
        Assert.Single((await cluster.Grains.GetGrain<IClaimGrain>(TenantKeys.For(_clinic, "F1")).GetAsync())!.Remittances);
    }
}
