using Mesh.Runtime.AdoNet;
using Mesh.Runtime.Directory;
using Mesh.Runtime.Membership;
using Mesh.Runtime.Messaging;
using Mesh.Runtime.Reminders;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Storage;

/// <summary>The membership table and grain directory in each SQL dialect, with several handles playing several silos.</summary>
public abstract class ClusterTablesTests(StorageTarget target) : StorageTests(target)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task MembershipWrite_OverStaleVersion_ChangesNothing()
    {
        var table = new AdoNetMembershipTable(Database, "clinic");
        var silo = new SiloAddress("127.0.0.1", 11111, 1);
        var snapshot = await table.ReadAsync();

        Assert.True(await table.TryWriteAsync(Entry(silo, SiloStatus.Active), snapshot.Version));
        Assert.False(await table.TryWriteAsync(Entry(silo, SiloStatus.Dead), snapshot.Version));

        var after = await table.ReadAsync();
        Assert.Equal(snapshot.Version + 1, after.Version);
        Assert.Equal(SiloStatus.Active, Assert.Single(after.Entries).Status);
    }

    [Fact]
    public async Task MembershipWrites_FromManySilosOnOneVersion_ExactlyOneWins()
    {
        var version = (await new AdoNetMembershipTable(Database, "clinic").ReadAsync()).Version;
        var tables = Enumerable.Range(0, 8).Select(_ => new AdoNetMembershipTable(Target.Connect(), "clinic")).ToList();

        var results = await Task.WhenAll(tables.Select((t, i) => t.TryWriteAsync(Entry(new SiloAddress("127.0.0.1", 11000 + i, 1), SiloStatus.Joining), version)));

        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task MembershipRow_RoundTripsSuspicionsAndHeartbeat()
    {
        var table = new AdoNetMembershipTable(Database, "clinic");
        var silo = new SiloAddress("127.0.0.1", 11111, 7);
        var voter = new SiloAddress("127.0.0.1", 11112, 8);
        var entry = Entry(silo, SiloStatus.Active) with { Suspicions = [new Suspicion(voter, Start.AddSeconds(3))] };
        await table.TryWriteAsync(entry, (await table.ReadAsync()).Version);

        await table.HeartbeatAsync(silo, Start.AddSeconds(9));

        var read = Assert.Single((await table.ReadAsync()).Entries);
        Assert.Equal(silo, read.Silo);
        Assert.Equal(voter, Assert.Single(read.Suspicions).Voter);
        Assert.Equal(Start.AddSeconds(9), read.Heartbeat);
    }

    [Fact]
    public async Task MembershipTables_OfTwoClusters_DoNotSeeEachOther()
    {
        var clinic = new AdoNetMembershipTable(Database, "clinic");
        var other = new AdoNetMembershipTable(Database, "other");

        await clinic.TryWriteAsync(Entry(new SiloAddress("127.0.0.1", 1, 1), SiloStatus.Active), 0);

        Assert.Empty((await other.ReadAsync()).Entries);
    }

    [Fact]
    public async Task DirectoryRegister_ManySilosAtOnce_OneWinsAndAllAgree()
    {
        var grain = new GrainId("patient", $"p-{Guid.NewGuid():N}");
        var directories = Enumerable.Range(0, 8).Select(_ => new AdoNetGrainDirectory(Target.Connect(), "clinic")).ToList();

        var hosts = await Task.WhenAll(directories.Select((d, i) => Task.Run(() => d.RegisterAsync(grain, new SiloAddress("127.0.0.1", 12000 + i, 1), _ => false))));

        Assert.Single(hosts.Distinct());
    }

    [Fact]
    public async Task DirectoryEntry_OfDeadSilo_IsReplacedOnce()
    {
        var grain = new GrainId("patient", "p-1");
        var dead = new SiloAddress("127.0.0.1", 13000, 1);
        var directory = new AdoNetGrainDirectory(Database, "clinic");
        await directory.RegisterAsync(grain, dead, _ => false);
        var replacers = Enumerable.Range(1, 6).Select(i => new SiloAddress("127.0.0.1", 13000 + i, 1)).ToList();

        var hosts = await Task.WhenAll(replacers.Select(s => Task.Run(() =>
            new AdoNetGrainDirectory(Target.Connect(), "clinic").RegisterAsync(grain, s, candidate => candidate == dead))));

        var winner = Assert.Single(hosts.Distinct());
        Assert.NotEqual(dead, winner);
        Assert.Equal(winner, await directory.RegisterAsync(grain, dead, _ => false));
    }

    [Fact]
    public async Task DirectoryUnregisterSilo_RemovesOnlyItsEntries()
    {
        var directory = new AdoNetGrainDirectory(Database, "clinic");
        var leaving = new SiloAddress("127.0.0.1", 14000, 1);
        var staying = new SiloAddress("127.0.0.1", 14001, 1);
        await directory.RegisterAsync(new GrainId("patient", "a"), leaving, _ => false);
        await directory.RegisterAsync(new GrainId("patient", "b"), staying, _ => false);

        await directory.UnregisterSiloAsync(leaving);

        var newcomer = new SiloAddress("127.0.0.1", 14002, 1);
        Assert.Equal(newcomer, await directory.RegisterAsync(new GrainId("patient", "a"), newcomer, _ => false));
        Assert.Equal(staying, await directory.RegisterAsync(new GrainId("patient", "b"), newcomer, _ => false));
    }

    [Fact]
    public async Task Reminders_AreStoredReplacedAndDeleted()
    {
        var table = new AdoNetReminderTable(Database, "clinic");
        var grain = new GrainId("patient", "p-9");
        await table.UpsertAsync(new ReminderEntry(grain, "follow-up", Start, TimeSpan.FromMinutes(5)));
        await table.UpsertAsync(new ReminderEntry(grain, "follow-up", Start.AddHours(1), TimeSpan.FromDays(1)));
        await table.UpsertAsync(new ReminderEntry(grain, "refill", Start, TimeSpan.FromHours(8)));

        await table.DeleteAsync(grain, "refill");

        var stored = Assert.Single(await new AdoNetReminderTable(Target.Connect(), "clinic").ReadAllAsync());
        Assert.Equal(new ReminderEntry(grain, "follow-up", Start.AddHours(1), TimeSpan.FromDays(1)), stored);
        Assert.Empty(await new AdoNetReminderTable(Database, "other").ReadAllAsync());
    }

    private static MembershipEntry Entry(SiloAddress silo, SiloStatus status) => new(silo, status, Start, Start, 30000, []);
}

public sealed class SqliteClusterTablesTests() : ClusterTablesTests(new SqliteTarget());

[Collection("postgres")]
public sealed class PostgresClusterTablesTests(PostgresFixture fixture) : ClusterTablesTests(new PostgresTarget(fixture));
