using System.Diagnostics;
using Mesh.Grains.Hosting.Sqlite;
using Orleans;
using Orleans.Runtime;

namespace Mesh.Grains.Tests.Hosting.Sqlite;

// Restarts silos on files and measures throughput: kept apart from each other so timings are not shared.
[Collection("sqlite-storage")]
public sealed class ReminderTableTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly string _serviceId = Guid.NewGuid().ToString("N");

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_reminder_registered_before_a_restart_fires_again_on_the_new_silo()
    {
        var key = $"tick-{Guid.NewGuid():N}";
        string firstClusterId;
        await using (var cluster = await TestClusters.StartAsync(_database.Path, _serviceId))
        {
            firstClusterId = cluster.Options.ClusterId;
            await cluster.Client.GetGrain<ITickGrain>(key).Start(TimeSpan.FromSeconds(1));
            await WaitForTickAsync(firstClusterId, key, TimeSpan.FromSeconds(30));
        }

        Assert.Equal(1, _database.Scalar("SELECT COUNT(*) FROM orleans_reminders WHERE grain_id = $id", ("$id", $"tick/{key}")));

        // Nothing calls the grain on the new silo: only the reminder table can bring it back.
        await using var restarted = await TestClusters.StartAsync(_database.Path, _serviceId);
        Assert.NotEqual(firstClusterId, restarted.Options.ClusterId);
        await WaitForTickAsync(restarted.Options.ClusterId, key, TimeSpan.FromSeconds(60));

        await restarted.Client.GetGrain<ITickGrain>(key).Stop();
        Assert.Equal(0, _database.Scalar("SELECT COUNT(*) FROM orleans_reminders WHERE grain_id = $id", ("$id", $"tick/{key}")));
    }

    [Fact]
    public async Task Upsert_returns_a_new_etag_and_remove_checks_it()
    {
        await using var cluster = await TestClusters.StartAsync(_database.Path, _serviceId);
        var table = cluster.Service<IReminderTable>();
        Assert.IsType<SqliteReminderTable>(table);
        var grainId = GrainId.Create("tick", "etags");
        var startAt = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(1234567);
        var entry = new ReminderEntry { GrainId = grainId, ReminderName = "r", StartAt = startAt, Period = TimeSpan.FromMilliseconds(1500.5) };

        var first = await table.UpsertRow(entry);
        Assert.False(string.IsNullOrEmpty(first));
        var read = await table.ReadRow(grainId, "r");
        Assert.NotNull(read);
        Assert.Equal(grainId, read.GrainId);
        Assert.Equal(startAt, read.StartAt);
        Assert.Equal(DateTimeKind.Utc, read.StartAt.Kind);
        Assert.Equal(entry.Period, read.Period);
        Assert.Equal(first, read.ETag);

        entry.Period = TimeSpan.FromMinutes(2);
        var second = await table.UpsertRow(entry);
        Assert.NotEqual(first, second);
        Assert.Equal(TimeSpan.FromMinutes(2), (await table.ReadRow(grainId, "r"))!.Period);

        await table.UpsertRow(new ReminderEntry { GrainId = grainId, ReminderName = "other", StartAt = startAt, Period = TimeSpan.FromMinutes(1) });
        Assert.Equal(2, (await table.ReadRows(grainId)).Reminders.Count);

        Assert.False(await table.RemoveRow(grainId, "r", first!));
        Assert.NotNull(await table.ReadRow(grainId, "r"));
        Assert.True(await table.RemoveRow(grainId, "r", second!));
        Assert.Null(await table.ReadRow(grainId, "r"));
        Assert.False(await table.RemoveRow(grainId, "r", second!));
        Assert.Single((await table.ReadRows(grainId)).Reminders);

        await table.TestOnlyClearTable();
        Assert.Empty((await table.ReadRows(grainId)).Reminders);
        Assert.Empty((await table.ReadRows(0u, 0u)).Reminders);
    }

    [Fact]
    public async Task Range_reads_follow_the_hash_ring_including_wrap_around()
    {
        await using var cluster = await TestClusters.StartAsync(_database.Path, _serviceId);
        var table = cluster.Service<IReminderTable>();
        var grains = Enumerable.Range(0, 200).Select(i => GrainId.Create("ranged", $"g{i}")).ToArray();
        foreach (var grainId in grains)
        {
            await table.UpsertRow(new ReminderEntry { GrainId = grainId, ReminderName = "r", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(1) });
        }

        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToArray();
        uint low = hashes[50], high = hashes[150];
        var ranges = new (uint Begin, uint End)[]
        {
            (low, high),              // (low, high]: low excluded, high included
            (high, low),              // wraps: above high, or up to and including low
            (low, low),               // begin == end: the whole ring
            (0u, 0u),                 // the whole ring
            (0u, uint.MaxValue),      // everything but hash 0
            (uint.MaxValue, hashes[0]), // wraps to just the lowest hash
            (hashes[^1], hashes[^1]), // whole ring again
            (hashes[^2], hashes[^1]), // exactly the highest hash
        };

        foreach (var (begin, end) in ranges)
        {
            var expected = grains.Where(g => InRange(g.GetUniformHashCode(), begin, end)).Select(g => g.ToString()).Order().ToArray();
            var actual = (await table.ReadRows(begin, end)).Reminders.Select(r => r.GrainId.ToString()).Order().ToArray();
            Assert.True(expected.SequenceEqual(actual), $"range ({begin}, {end}]: expected {expected.Length} rows, read {actual.Length}");
        }

        Assert.Equal(100, (await table.ReadRows(high, low)).Reminders.Count); // 49 above high, 51 up to low
        Assert.Equal(100, (await table.ReadRows(low, high)).Reminders.Count); // hashes[51..150]
        Assert.Equal(200, (await table.ReadRows(low, low)).Reminders.Count);
        Assert.Single((await table.ReadRows(uint.MaxValue, hashes[0])).Reminders);
    }

    // The ring range contract of IReminderTable.ReadRows(begin, end), written out independently of the table.
    private static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static async Task WaitForTickAsync(string clusterId, string key, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!TickLog.Ticks.Any(t => t.ClusterId == clusterId && t.GrainKey == key))
        {
            Assert.True(watch.Elapsed < timeout, $"no reminder tick for {key} on cluster {clusterId} within {timeout}");
            await Task.Delay(200);
        }
    }
}
