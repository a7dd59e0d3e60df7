using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;

namespace Mesh.Runtime.Tests.Cluster;

/// <summary>Calls between three silos over real TCP on loopback.</summary>
[Collection("cluster")]
public sealed class ClusterCallTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() =>
        _cluster = await TestCluster.StartClusterAsync(3, silo => silo.AddGrains(typeof(ActivationCountGrain).Assembly));

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task HashPlacedGrains_SpreadOverAllSilosAndAnswerFromEverySilo()
    {
        var keys = Enumerable.Range(0, 60).Select(i => $"spread-{Guid.NewGuid():N}-{i}").ToList();

        var hosts = await Task.WhenAll(keys.Select(k => _cluster.Silos[0].GrainFactory.GetGrain<IActivationCountGrain>(k).WhereAsync()));
        var fromOthers = await Task.WhenAll(keys.Select((k, i) => _cluster.Silos[1 + (i % 2)].GrainFactory.GetGrain<IActivationCountGrain>(k).WhereAsync()));

        Assert.Equal(3, hosts.Distinct().Count());
        Assert.Equal(hosts, fromOthers);
    }

    [Fact]
    public async Task RemoteCall_CarriesArgumentsAndResult()
    {
        var payload = new string('x', 200) + "é✓";
        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            _cluster.Silos[i % 3].GrainFactory.GetGrain<IActivationCountGrain>($"echo-{i}").EchoAsync(payload + i)));

        Assert.Equal(Enumerable.Range(0, 30).Select(i => payload + i), results);
    }

    [Fact]
    public async Task RemoteException_IsRethrownAsItsOwnType()
    {
        // From all three silos at least two calls cross the wire.
        foreach (var silo in _cluster.Silos)
        {
            var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
                silo.GrainFactory.GetGrain<IActivationCountGrain>("fail-1").FailAsync("dose out of range"));
            Assert.Contains("dose out of range", error.Message);
        }
    }

    [Fact]
    public async Task PreferLocalGrain_ActivatesOnTheCallingSilo()
    {
        foreach (var silo in _cluster.Silos)
        {
            var where = await silo.GrainFactory.GetGrain<ILocalPlacedGrain>($"local-{Guid.NewGuid():N}").WhereAsync();
            Assert.Equal(silo.Address!.ToString(), where);
        }
    }
}
