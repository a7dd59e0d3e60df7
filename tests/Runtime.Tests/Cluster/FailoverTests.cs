using System.Diagnostics;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;

namespace Mesh.Runtime.Tests.Cluster;

/// <summary>Silos killed, stopped and added under load.</summary>
[Collection("cluster")]
public sealed class FailoverTests : IAsyncLifetime
{
    private static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(5);
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() =>
        _cluster = await TestCluster.StartClusterAsync(3, silo => silo.AddGrains(typeof(ActivationCountGrain).Assembly)
            .Configure(o => o.ResponseTimeout = ResponseTimeout));

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task KillSiloUnderWriteLoad_NoHangAcknowledgedWritesStoredGrainsAnswerWithin15Seconds()
    {
        var keys = Enumerable.Range(0, 200).Select(i => $"kill-{Guid.NewGuid():N}-{i}").ToList();
        var survivors = _cluster.Silos.Take(2).ToList();
        var victim = _cluster.Silos[2];
        var load = new FailoverLoad(_cluster, keys);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(40, caller => survivors[caller % 2].GrainFactory, stop.Token);
        await Task.Delay(500);

        await _cluster.KillSiloAsync(victim);
        var killedAt = Stopwatch.StartNew();
        await WaitUntilAllAnswerAsync(keys, survivors, TimeSpan.FromSeconds(15));
        var recovered = killedAt.Elapsed;
        await Task.Delay(300);
        await stop.CancelAsync();
        await running;

        Assert.True(recovered < TimeSpan.FromSeconds(15), $"grains answered again only after {recovered}");
        Assert.True(load.SlowestCall < ResponseTimeout + TimeSpan.FromSeconds(2), $"a call took {load.SlowestCall}");
        Assert.True(load.AcknowledgedCount > keys.Count);
        await load.AssertAcknowledgedWritesStoredAsync();
    }

    [Fact]
    public async Task StopSiloGracefullyUnderWriteLoad_NoCallFailsAndWritesStored()
    {
        var keys = Enumerable.Range(0, 200).Select(i => $"stop-{Guid.NewGuid():N}-{i}").ToList();
        var survivors = _cluster.Silos.Take(2).ToList();
        var load = new FailoverLoad(_cluster, keys);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(40, caller => survivors[caller % 2].GrainFactory, stop.Token);
        await Task.Delay(500);

        await _cluster.StopSiloAsync(_cluster.Silos[2]);
        await Task.Delay(500);
        await stop.CancelAsync();
        await running;

        Assert.Empty(load.Errors);
        await load.AssertAcknowledgedWritesStoredAsync();
    }

    [Fact]
    public async Task RollingRestartOfAllSilosUnderLoad_LosesNoAcknowledgedWrite()
    {
        var keys = Enumerable.Range(0, 100).Select(i => $"rolling-{Guid.NewGuid():N}-{i}").ToList();
        await using var client = _cluster.CreateClient(ResponseTimeout);
        var load = new FailoverLoad(_cluster, keys);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(20, _ => client, stop.Token);
        await Task.Delay(300);

        // Each old silo makes way for a new one: start the replacement, then stop the old one gracefully.
        foreach (var old in _cluster.Silos.ToList())
        {
            await _cluster.AddSiloAsync();
            await _cluster.StopSiloAsync(old);
            await Task.Delay(200);
        }

        await stop.CancelAsync();
        await running;

        Assert.True(load.AcknowledgedCount > keys.Count);
        Assert.Empty(load.Errors);
        await load.AssertAcknowledgedWritesStoredAsync();
    }

    [Fact]
    public async Task AddSiloUnderLoad_NewGrainsSpreadOntoItAndNoCallFails()
    {
        var load = new FailoverLoad(_cluster, [.. Enumerable.Range(0, 100).Select(i => $"grow-{Guid.NewGuid():N}-{i}")]);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(20, caller => _cluster.Silos[caller % 3].GrainFactory, stop.Token);
        await Task.Delay(300);

        var added = await _cluster.AddSiloAsync();
        var fresh = Enumerable.Range(0, 60).Select(i => $"fresh-{Guid.NewGuid():N}-{i}").ToList();
        var hosts = await Task.WhenAll(fresh.Select(k => _cluster.Silos[0].GrainFactory.GetGrain<IActivationCountGrain>(k).WhereAsync()));
        await stop.CancelAsync();
        await running;

        Assert.Contains(added.Address!.ToString(), hosts);
        Assert.Empty(load.Errors);
    }

    private static async Task WaitUntilAllAnswerAsync(List<string> keys, List<TestSilo> survivors, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        var pending = keys.ToList();
        while (pending.Count > 0 && watch.Elapsed < limit)
        {
            var results = await Task.WhenAll(pending.Select(async key =>
            {
                try
                {
                    await survivors[0].GrainFactory.GetGrain<IActivationCountGrain>(key).TouchAsync().WaitAsync(TimeSpan.FromSeconds(2));
                    return null;
                }
                catch (Exception error) when (error is SiloUnavailableException or TimeoutException)
                {
                    return key;
                }
            }));
            pending = [.. results.OfType<string>()];
        }

        Assert.Empty(pending);
    }
}
