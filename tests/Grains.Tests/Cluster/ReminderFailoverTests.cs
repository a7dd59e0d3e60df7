using Mesh.TestSupport;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Mesh.Grains.Tests.Cluster;

/// <summary>Durable reminders on Mesh's PostgreSQL storage (Orleans' ADO.NET reminder table) outlive the silo that ran them.</summary>
[Collection("postgres")]
public sealed class ReminderFailoverTests(PostgresFixture postgres)
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan TickTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_reminder_keeps_ticking_on_the_other_silo_after_its_silo_stops()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Mesh:Storage:Provider"] = "PostgreSql",
            ["Mesh:Storage:ConnectionString"] = await postgres.CreateDatabaseAsync(),
        };
        await using var cluster = await MeshCluster.StartAsync(2, settings, silo => silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = Period));
        var key = Guid.NewGuid().ToString("N");
        var probe = cluster.Client.GetGrain<IReminderProbeGrain>(key);
        await probe.StartAsync(Period);
        await cluster.Cluster.DeactivateAsync(probe);

        // The next tick comes from the silo that owns the reminder, and activates the grain there.
        var before = await ReminderProbeGrain.NextTickAsync(key, DateTime.UtcNow, TickTimeout);
        var host = cluster.Cluster.Silos.Single(s => s.SiloAddress.Equals(before.Silo));
        var other = cluster.Cluster.Silos.Single(s => s != host);

        await cluster.Cluster.StopSiloAsync(host);
        var stoppedAt = DateTime.UtcNow;

        var after = await ReminderProbeGrain.NextTickAsync(key, stoppedAt, TickTimeout);
        Assert.Equal(other.SiloAddress, after.Silo);
    }
}
