using Mesh.Grains.Hosting.Sqlite;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;
using Xunit.Abstractions;

namespace Mesh.Grains.Tests.Hosting.Sqlite;

// Restarts silos on files and measures throughput: kept apart from each other so timings are not shared.
[Collection("sqlite-storage")]
public sealed class GrainStorageTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly string _serviceId = Guid.NewGuid().ToString("N");

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task State_survives_deactivation_and_silo_restart_on_the_same_file()
    {
        ProfileView written;
        await using (var cluster = await TestClusters.StartAsync(_database.Path, _serviceId))
        {
            var grain = cluster.Client.GetGrain<IProfileGrain>("alice");
            var fresh = await grain.Get();
            Assert.False(fresh.RecordExists);
            Assert.Null(fresh.ETag);

            await grain.Set("Alice");
            await grain.Set("Alice Liddell");
            written = await grain.Get();
            Assert.Equal("2", written.ETag);
            Assert.True(written.RecordExists);

            await cluster.DeactivateAsync(grain);
            var reactivated = await grain.Get();
            Assert.NotEqual(written.Activation, reactivated.Activation);
            Assert.Equal("Alice Liddell", reactivated.Name);
            Assert.Equal(written.ETag, reactivated.ETag);
            Assert.True(reactivated.RecordExists);
        }

        // A new silo (new cluster, same service) on the same file: only the SQLite file carries the state over.
        await using (var restarted = await TestClusters.StartAsync(_database.Path, _serviceId))
        {
            var grain = restarted.Client.GetGrain<IProfileGrain>("alice");
            var read = await grain.Get();
            Assert.Equal("Alice Liddell", read.Name);
            Assert.Equal(2, read.Writes);
            Assert.Equal(written.ETag, read.ETag);
            Assert.True(read.RecordExists);

            await grain.Set("Alice again");
            Assert.Equal("3", (await grain.Get()).ETag);
        }
    }

    [Fact]
    public async Task Stale_etag_throws_InconsistentStateException_and_overwrites_nothing()
    {
        await using var cluster = await TestClusters.StartAsync(_database.Path, _serviceId);
        var storage = cluster.Storage();
        var id = GrainId.Create("profile", "bob");

        var first = new GrainState<ProfileState>(new ProfileState { Name = "v1" });
        await storage.WriteStateAsync("profile", id, first);
        Assert.Equal("1", first.ETag);

        // Two activations that both read version 1; the second writer loses.
        var winner = await ReadAsync(storage, id);
        var loser = await ReadAsync(storage, id);
        winner.State!.Name = "winner";
        await storage.WriteStateAsync("profile", id, winner);
        Assert.Equal("2", winner.ETag);

        loser.State!.Name = "loser";
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("profile", id, loser));
        Assert.Equal("2", conflict.StoredEtag);
        Assert.Equal("1", conflict.CurrentEtag);
        Assert.Equal("1", loser.ETag);

        // A second "first" write (null ETag) and an ETag this storage never issued are conflicts too.
        var duplicate = new GrainState<ProfileState>(new ProfileState { Name = "duplicate" });
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("profile", id, duplicate));
        var foreign = new GrainState<ProfileState>(new ProfileState { Name = "foreign" }) { ETag = "W/\"abc\"" };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("profile", id, foreign));

        var stored = await ReadAsync(storage, id);
        Assert.Equal("winner", stored.State!.Name);
        Assert.Equal("2", stored.ETag);
        Assert.True(stored.RecordExists);
    }

    [Fact]
    public async Task Concurrent_writers_with_the_same_etag_in_one_group_commit_exactly_one_wins()
    {
        await using var cluster = await TestClusters.StartAsync(_database.Path, _serviceId);
        var storage = cluster.Storage();
        var id = GrainId.Create("profile", "race");
        await storage.WriteStateAsync("profile", id, new GrainState<ProfileState>(new ProfileState { Name = "start" }));

        var contenders = Enumerable.Range(0, 32)
            .Select(i => new GrainState<ProfileState>(new ProfileState { Name = $"contender-{i}" }) { ETag = "1", RecordExists = true })
            .ToArray();
        var results = await Task.WhenAll(contenders.Select(async state =>
        {
            try
            {
                await storage.WriteStateAsync("profile", id, state);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        Assert.Equal(1, results.Count(won => won));
        var winner = contenders[Array.IndexOf(results, true)];
        var stored = await ReadAsync(storage, id);
        Assert.Equal(winner.State!.Name, stored.State!.Name);
        Assert.Equal("2", stored.ETag);
    }

    [Fact]
    public async Task Clear_keeps_a_versioned_tombstone_so_stale_writers_still_fail()
    {
        await using var cluster = await TestClusters.StartAsync(_database.Path, _serviceId);
        var storage = cluster.Storage();
        var id = GrainId.Create("profile", "carol");

        var state = new GrainState<ProfileState>(new ProfileState { Name = "Carol" });
        await storage.WriteStateAsync("profile", id, state);
        var stale = await ReadAsync(storage, id);

        await storage.ClearStateAsync("profile", id, state);
        Assert.Equal("2", state.ETag);
        Assert.False(state.RecordExists);
        Assert.NotNull(state.State);
        Assert.Null(state.State.Name);

        var afterClear = await ReadAsync(storage, id);
        Assert.False(afterClear.RecordExists);
        Assert.Equal("2", afterClear.ETag);
        Assert.Null(afterClear.State!.Name);

        // The activation that read before the clear, and one that assumes nothing was ever stored, both lose.
        stale.State!.Name = "resurrected";
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("profile", id, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("profile", id, stale));
        var blind = new GrainState<ProfileState>(new ProfileState { Name = "blind" });
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("profile", id, blind));

        // Clearing again is fine; the cleared ETag is the one to write with.
        await storage.ClearStateAsync("profile", id, state);
        Assert.Equal("3", state.ETag);
        state.State.Name = "Carol 2";
        await storage.WriteStateAsync("profile", id, state);
        Assert.Equal("4", state.ETag);
        Assert.True(state.RecordExists);
        Assert.Equal("Carol 2", (await ReadAsync(storage, id)).State!.Name);

        // Clearing a state that was never stored, with a null ETag, is a no-op.
        var never = new GrainState<ProfileState>(new ProfileState { Name = "stale in memory" }) { RecordExists = true };
        await storage.ClearStateAsync("profile", GrainId.Create("profile", "never"), never);
        Assert.Null(never.ETag);
        Assert.False(never.RecordExists);
        Assert.Null(never.State!.Name);
    }

    [Fact]
    public async Task Clear_with_DeleteStateOnClear_removes_the_row_and_nulls_the_etag()
    {
        await using var cluster = await TestClusters.StartAsync(_database.Path, _serviceId);
        var storage = cluster.Storage(TestClusters.DeletingStorageName);
        var id = GrainId.Create("profile", "dave");

        var state = new GrainState<ProfileState>(new ProfileState { Name = "Dave" });
        await storage.WriteStateAsync("profile-deleting", id, state);
        Assert.Equal(1, _database.Scalar("SELECT COUNT(*) FROM orleans_grain_state WHERE state_name = 'profile-deleting'"));

        var stale = await ReadAsync(storage, id, "profile-deleting");
        stale.ETag = "7";
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("profile-deleting", id, stale));

        await storage.ClearStateAsync("profile-deleting", id, state);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal(0, _database.Scalar("SELECT COUNT(*) FROM orleans_grain_state WHERE state_name = 'profile-deleting'"));

        var read = await ReadAsync(storage, id, "profile-deleting");
        Assert.Null(read.ETag);
        Assert.False(read.RecordExists);

        // Clearing again with the null ETag is a no-op; writing again starts a new row.
        await storage.ClearStateAsync("profile-deleting", id, state);
        state.State!.Name = "Dave 2";
        await storage.WriteStateAsync("profile-deleting", id, state);
        Assert.Equal("1", state.ETag);
    }

    [Fact]
    public async Task Grain_clear_through_persistent_state_survives_reactivation()
    {
        await using var cluster = await TestClusters.StartAsync(_database.Path, _serviceId);
        var grain = cluster.Client.GetGrain<IProfileGrain>("erin");
        await grain.Set("Erin");
        await grain.Clear();
        var cleared = await grain.Get();
        Assert.False(cleared.RecordExists);
        Assert.Null(cleared.Name);
        Assert.Equal("2", cleared.ETag);

        await cluster.DeactivateAsync(grain);
        var reactivated = await grain.Get();
        Assert.NotEqual(cleared.Activation, reactivated.Activation);
        Assert.False(reactivated.RecordExists);
        Assert.Null(reactivated.Name);
        Assert.Equal("2", reactivated.ETag);

        await grain.Set("Erin again");
        Assert.Equal("3", (await grain.Get()).ETag);
    }

    [Fact]
    public async Task Many_concurrent_writers_are_all_durable_across_a_restart()
    {
        const int Writers = 64;
        const int WritesEach = 40;
        const int Grains = 100;
        var states = Enumerable.Range(0, Writers)
            .Select(i => (Id: GrainId.Create("writer", $"w{i}"), State: new GrainState<ProfileState>(new ProfileState())))
            .ToArray();

        await using (var cluster = await TestClusters.StartAsync(_database.Path, _serviceId))
        {
            var storage = cluster.Storage();
            var direct = Task.WhenAll(states.Select(s => Task.Run(async () =>
            {
                for (var k = 1; k <= WritesEach; k++)
                {
                    s.State.State!.Name = $"{s.Id} #{k}";
                    s.State.State.Writes = k;
                    await storage.WriteStateAsync("writer", s.Id, s.State);
                    Assert.Equal(k.ToString(System.Globalization.CultureInfo.InvariantCulture), s.State.ETag);
                }
            })));
            var throughGrains = Task.WhenAll(Enumerable.Range(0, Grains).Select(async i =>
            {
                var grain = cluster.Client.GetGrain<IProfileGrain>($"many-{i}");
                for (var k = 0; k < 5; k++)
                {
                    await grain.Set($"many-{i} #{k}");
                }
            }));
            await Task.WhenAll(direct, throughGrains);
        }

        // The silo is gone; every acknowledged write is in the file.
        foreach (var (id, state) in states)
        {
            Assert.Equal(WritesEach, _database.Scalar(
                "SELECT version FROM orleans_grain_state WHERE state_name = 'writer' AND grain_id = $id", ("$id", id.ToString())));
        }

        Assert.Equal(Grains, _database.Scalar("SELECT COUNT(*) FROM orleans_grain_state WHERE state_name = 'profile' AND version = 5"));

        await using var restarted = await TestClusters.StartAsync(_database.Path, _serviceId);
        var reread = restarted.Storage();
        foreach (var (id, state) in states)
        {
            var read = await ReadAsync(reread, id, "writer");
            Assert.Equal(state.State!.Name, read.State!.Name);
            Assert.Equal(WritesEach, read.State.Writes);
        }

        for (var i = 0; i < Grains; i += 7)
        {
            var view = await restarted.Client.GetGrain<IProfileGrain>($"many-{i}").Get();
            Assert.Equal($"many-{i} #4", view.Name);
            Assert.Equal("5", view.ETag);
        }
    }

    private static async Task<GrainState<ProfileState>> ReadAsync(IGrainStorage storage, GrainId id, string stateName = "profile")
    {
        var state = new GrainState<ProfileState>();
        await storage.ReadStateAsync(stateName, id, state);
        return state;
    }
}
