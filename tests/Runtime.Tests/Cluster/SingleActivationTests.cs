using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;

namespace Mesh.Runtime.Tests.Cluster;

/// <summary>One activation per grain id in the cluster, however many silos race to create it.</summary>
[Collection("cluster")]
public sealed class SingleActivationTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() =>
        _cluster = await TestCluster.StartClusterAsync(3, silo => silo.AddGrains(typeof(ActivationCountGrain).Assembly));

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task ThousandGrains_TwentyConcurrentFirstCallsFromAllSilos_EachActivatedExactlyOnce()
    {
        var prefix = $"once-{Guid.NewGuid():N}-";
        var keys = Enumerable.Range(0, 1000).Select(i => prefix + i).ToList();
        var silos = _cluster.Silos;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // 20 first calls per grain, spread over the three silos, all released at once.
        var calls = keys.SelectMany(key => Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await silos[i % 3].GrainFactory.GetGrain<IActivationCountGrain>(key).TouchAsync();
        }))).ToList();
        start.SetResult();
        var results = await Task.WhenAll(calls);

        Assert.All(results, activations => Assert.Equal(1, activations));
        Assert.All(keys, key => Assert.Equal(1, ActivationCountGrain.Activations[key]));
        var where = await Task.WhenAll(keys.Select(key => silos[0].GrainFactory.GetGrain<IActivationCountGrain>(key).WhereAsync()));
        Assert.Equal(3, where.Distinct().Count());
    }

    [Fact]
    public async Task RandomPlacedFirstCalls_FromAllSilos_StillOneActivation()
    {
        var silos = _cluster.Silos;
        foreach (var key in Enumerable.Range(0, 20).Select(i => $"random-{Guid.NewGuid():N}-{i}"))
        {
            // Each silo places the grain somewhere at random; the candidates disagree and must still converge.
            var hosts = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
                Task.Run(() => silos[i % 3].GrainFactory.GetGrain<IRandomPlacedGrain>(key).WhereAsync())));

            Assert.Single(hosts.Distinct());
            Assert.Equal(1, RandomPlacedGrain.Activations[key]);
        }
    }
}
