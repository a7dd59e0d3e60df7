using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;

namespace Mesh.Runtime.Tests.Execution;

public sealed class TurnBasedExecutionTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await TestCluster.StartAsync(silo => silo.AddGrains(typeof(OverlapProbeGrain).Assembly));

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task NonReentrantGrain_NeverInterleavesThousandConcurrentCalls()
    {
        var grain = _cluster.GrainFactory.GetGrain<IOverlapProbeGrain>("solo");

        await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => grain.EnterAsync())));

        Assert.Equal(1, await grain.MaxConcurrencyAsync());
    }

    [Fact]
    public async Task ReentrantGrain_InterleavesConcurrentCalls()
    {
        var grain = _cluster.GrainFactory.GetGrain<IReentrantProbeGrain>("shared");

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => grain.EnterAsync()));

        Assert.True(await grain.MaxConcurrencyAsync() > 1);
    }

    [Fact]
    public async Task ReadOnlyMethods_RunAlongsideEachOther()
    {
        var grain = _cluster.GrainFactory.GetGrain<IReadMostlyGrain>("reads");

        var first = grain.ReadAsync();
        var second = grain.ReadAsync();
        await WaitUntilAsync(async () => await grain.ReadersInsideAsync() == 2);
        await grain.ReleaseAsync();

        var results = await Task.WhenAll(first, second);
        Assert.Equal([42, 42], results);
    }

    [Fact]
    public async Task DifferentGrains_RunInParallel()
    {
        var grains = Enumerable.Range(0, 50).Select(i => _cluster.GrainFactory.GetGrain<IOverlapProbeGrain>($"many-{i}")).ToList();

        var results = await Task.WhenAll(grains.Select(g => g.EnterAsync()));

        Assert.All(results, max => Assert.Equal(1, max));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 500 && !await condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(await condition());
    }
}
