using System.Diagnostics;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;

namespace Mesh.Runtime.Tests.Cluster;

/// <summary>Durable reminders across silo failures.</summary>
[Collection("cluster")]
public sealed class ReminderTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() =>
        _cluster = await TestCluster.StartClusterAsync(3, silo => silo.AddGrains(typeof(ReminderProbeGrain).Assembly));

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Reminder_OfKilledSilo_FiresOnAnotherSilo()
    {
        var key = $"reminder-{Guid.NewGuid():N}";
        await _cluster.Silos[0].GrainFactory.GetGrain<IReminderProbeGrain>(key).StartAsync();
        var firstHost = await WaitForTickAsync(key, _ => true, TimeSpan.FromSeconds(10));
        var victim = _cluster.Silos.Single(s => s.Address!.ToString() == firstHost);

        await _cluster.KillSiloAsync(victim);
        var afterKill = await WaitForTickAsync(key, host => host != firstHost, TimeSpan.FromSeconds(15));

        Assert.NotEqual(firstHost, afterKill);
        await _cluster.Silos[0].GrainFactory.GetGrain<IReminderProbeGrain>(key).StopAsync();
    }

    [Fact]
    public async Task UnregisteredReminder_StopsFiring()
    {
        var key = $"stopped-{Guid.NewGuid():N}";
        var grain = _cluster.Silos[1].GrainFactory.GetGrain<IReminderProbeGrain>(key);
        await grain.StartAsync();
        await WaitForTickAsync(key, _ => true, TimeSpan.FromSeconds(10));

        await grain.StopAsync();
        await Task.Delay(500);
        var count = ReminderProbeGrain.Ticks[key].Count;
        await Task.Delay(2500);

        Assert.Equal(count, ReminderProbeGrain.Ticks[key].Count);
    }

    private static async Task<string> WaitForTickAsync(string key, Func<string, bool> matches, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        var seen = ReminderProbeGrain.Ticks.TryGetValue(key, out var before) ? before.Count : 0;
        while (watch.Elapsed < limit)
        {
            if (ReminderProbeGrain.Ticks.TryGetValue(key, out var ticks) && ticks.Skip(seen).FirstOrDefault(matches) is { } host)
            {
                return host;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"no matching reminder tick for {key} within {limit}");
        return string.Empty;
    }
}
