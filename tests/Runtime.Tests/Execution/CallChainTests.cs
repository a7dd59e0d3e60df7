using System.Diagnostics;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;

namespace Mesh.Runtime.Tests.Execution;

public sealed class CallChainTests : IAsyncLifetime
{
    private static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(5);
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await TestCluster.StartAsync(silo => silo
        .AddGrains(typeof(CycleGrain).Assembly)
        .Configure(options => options.ResponseTimeout = ResponseTimeout));

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task CycleOnNonReentrantGrains_FailsWithTimeoutNamingTheChain()
    {
        var a = _cluster.GrainFactory.GetGrain<ICycleGrain>("a");
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<DeadlockException>(() => a.CallAsync("b", "a"));

        Assert.IsAssignableFrom<TimeoutException>(error);
        Assert.Contains("cycle/a -> cycle/b -> cycle/a", error.Message);
        Assert.True(watch.Elapsed < ResponseTimeout, $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task CallBackIntoAlwaysInterleaveMethod_Succeeds()
    {
        var caller = _cluster.GrainFactory.GetGrain<ICallbackGrain>("x");

        Assert.Equal("y", await caller.CallBackAsync("y"));
    }

    [Fact]
    public async Task ChainWithoutCycle_Succeeds()
    {
        var a = _cluster.GrainFactory.GetGrain<ICycleGrain>("p");

        Assert.Equal("r", await a.CallAsync("q", "r"));
    }
}
