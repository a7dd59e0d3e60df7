using Mesh.Grains.Denials;
using Mesh.Grains.Tests.Cluster;
using Mesh.TestSupport.Claims;

namespace Mesh.Grains.Tests.Denials;

/// <summary>A clinic's model trained, kept and used on a real silo.</summary>
public sealed class DenialModelGrainTests : IAsyncLifetime
{
    private MeshCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await MeshCluster.StartAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task TrainedModel_ScoresAfterReactivation_AndOnlyForItsClinic()
    {
        var history = new ClaimHistoryGenerator(seed: 7).Generate(1500).Select(claim => claim.Labeled).ToList();
        var grain = _cluster.Client.GetGrain<IDenialModelGrain>("clinic-a");
        var claim = SampleDenials.Claim(priorAuthorization: "PA1");

        var before = await grain.ScoreAsync(claim, RiskContext.Empty);
        var report = await grain.TrainAsync(history);
        await _cluster.Client.GetGrain<Orleans.Runtime.IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var after = await grain.ScoreAsync(claim, RiskContext.Empty);

        Assert.Equal(RiskBasis.Rules, before.Basis);
        Assert.True(report.InUse, $"{report}");
        Assert.Equal(1, report.Version);
        Assert.Equal(RiskBasis.Model, after.Basis);
        Assert.Equal(1, after.ModelVersion);
        Assert.Single(await grain.GetReportsAsync());
        Assert.Equal(RiskBasis.Rules, (await _cluster.Client.GetGrain<IDenialModelGrain>("clinic-b").ScoreAsync(claim, RiskContext.Empty)).Basis);
    }

    [Fact]
    public async Task ShortHistory_CrossesTheWireAsNotEnoughHistory()
    {
        var history = new ClaimHistoryGenerator(seed: 7).Generate(50).Select(claim => claim.Labeled).ToList();

        var refused = await Assert.ThrowsAsync<NotEnoughHistoryException>(() => _cluster.Client.GetGrain<IDenialModelGrain>("clinic-c").TrainAsync(history));

        Assert.Equal((50, 200), (refused.Claims, refused.ClaimsNeeded));
    }
}
