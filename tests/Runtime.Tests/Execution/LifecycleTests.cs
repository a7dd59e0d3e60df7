using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.Tests.Execution;

public sealed class LifecycleTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new();
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await TestCluster.StartAsync(
        silo => silo.AddGrains(typeof(ActivationProbeGrain).Assembly).Configure(options =>
        {
            options.ResponseTimeout = TimeSpan.FromSeconds(30);
            options.CollectionAge = TimeSpan.FromMinutes(15);
            options.CollectionQuantum = TimeSpan.FromMinutes(1);
            options.DeactivationTimeout = TimeSpan.FromSeconds(1);
        }),
        services => services.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task SameGrain_KeepsOneActivation()
    {
        var grain = _cluster.GrainFactory.GetGrain<IActivationProbeGrain>(Guid.NewGuid());

        var ids = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => grain.ActivationIdAsync()));

        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task DeactivateOnIdle_NextCallGetsNewActivation()
    {
        var grain = _cluster.GrainFactory.GetGrain<IActivationProbeGrain>(Guid.NewGuid());
        var first = await grain.ActivationIdAsync();

        await grain.DeactivateAsync();

        Assert.NotEqual(first, await grain.ActivationIdAsync());
    }

    [Fact]
    public async Task IdleActivation_IsCollectedAfterCollectionAge()
    {
        var grain = _cluster.GrainFactory.GetGrain<IActivationProbeGrain>(Guid.NewGuid());
        var first = await grain.ActivationIdAsync();

        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(first, await grain.ActivationIdAsync());

        _time.Advance(TimeSpan.FromMinutes(16));
        await WaitForDeactivationAsync();

        Assert.NotEqual(first, await grain.ActivationIdAsync());
    }

    [Fact]
    public async Task ExceptionInGrain_ReachesCallerWithTypeAndMessage()
    {
        var grain = _cluster.GrainFactory.GetGrain<IActivationProbeGrain>(Guid.NewGuid());

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => grain.ThrowAsync("dose out of range"));

        Assert.Contains("dose out of range", error.Message);
        Assert.NotEqual(Guid.Empty, await grain.ActivationIdAsync());
    }

    [Fact]
    public async Task CallWithoutResponse_TimesOutAfterResponseTimeout()
    {
        var grain = _cluster.GrainFactory.GetGrain<IActivationProbeGrain>(Guid.NewGuid());
        var hanging = grain.HangAsync();

        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(hanging.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => hanging);
        Assert.Contains("HangAsync", error.Message);
    }

    [Fact]
    public async Task Timer_FiresOnScheduleAsTurns()
    {
        var grain = _cluster.GrainFactory.GetGrain<ITimerGrain>("ticking");
        Assert.Equal(0, await grain.TicksAsync());

        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, await grain.TicksAsync());
        for (var i = 0; i < 3; i++)
        {
            var busy = grain.BusyAsync();
            _time.Advance(TimeSpan.FromSeconds(10));
            await busy;
            await WaitUntilAsync(async () => await grain.TicksAsync() == i + 1);
        }

        Assert.Equal(3, await grain.TicksAsync());
        Assert.False(await grain.OverlapSeenAsync());
    }

    private static async Task WaitForDeactivationAsync() => await Task.Delay(100);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 500 && !await condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(await condition());
    }
}
