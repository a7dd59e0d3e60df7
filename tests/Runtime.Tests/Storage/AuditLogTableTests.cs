using Mesh.Runtime.AdoNet;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Storage;

public abstract class AuditLogTableTests(StorageTarget target) : StorageTests(target)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private AuditLogTable Table => new(Database);

    [Fact]
    public async Task AppendAsync_ThenQueryAsync_RoundTripsEveryFieldAsUtc()
    {
        // A local offset and sub-millisecond digits: the instant must survive, normalised to UTC.
        var time = new DateTimeOffset(2026, 3, 1, 10, 15, 30, TimeSpan.FromHours(2)).AddTicks(1_234_560);
        var full = new AuditEntry(time, "clinic-a", "dr-1", "finalize", "report", "r-1", "success", "10.0.0.7", "trace-1");
        var sparse = new AuditEntry(time.AddMinutes(1), "clinic-a", "dr-1", "search", "patient", null, "denied", null, null);
        await Table.AppendAsync(full);
        await Table.AppendAsync(sparse);

        var entries = await Table.QueryAsync(new AuditQuery("clinic-a"));

        Assert.Equal([sparse with { Time = sparse.Time.ToUniversalTime() }, full with { Time = time.ToUniversalTime() }], entries);
        Assert.All(entries, e => Assert.Equal(TimeSpan.Zero, e.Time.Offset));
    }

    [Fact]
    public async Task QueryAsync_ReturnsNewestFirstWhateverTheInsertOrder()
    {
        await AppendAsync(minute: 5, action: "b");
        await AppendAsync(minute: 1, action: "a");
        await AppendAsync(minute: 9, action: "c");

        var entries = await Table.QueryAsync(new AuditQuery("clinic-a"));

        Assert.Equal(["c", "b", "a"], entries.Select(e => e.Action));
    }

    [Fact]
    public async Task QueryAsync_Filters_ReturnOnlyMatchingEntries()
    {
        await AppendAsync(minute: 1, user: "dr-1", action: "read", resourceType: "patient", resourceId: "p-1");
        await AppendAsync(minute: 2, user: "dr-2", action: "read", resourceType: "patient", resourceId: "p-2");
        await AppendAsync(minute: 3, user: "dr-1", action: "export", resourceType: "report", resourceId: "r-1");
        await AppendAsync(minute: 4, user: "dr-1", action: "read", resourceType: "patient", resourceId: "p-2");

        Assert.Equal(new[] { 4, 3, 1 }, Minutes(await Table.QueryAsync(new AuditQuery("clinic-a", UserId: "dr-1"))));
        Assert.Equal(new[] { 3 }, Minutes(await Table.QueryAsync(new AuditQuery("clinic-a", Action: "export"))));
        Assert.Equal(new[] { 4, 2 }, Minutes(await Table.QueryAsync(new AuditQuery("clinic-a", ResourceType: "patient", ResourceId: "p-2"))));
        Assert.Equal(new[] { 4 }, Minutes(await Table.QueryAsync(new AuditQuery("clinic-a", UserId: "dr-1", ResourceId: "p-2"))));
        // From is inclusive, To exclusive.
        Assert.Equal(new[] { 3, 2 }, Minutes(await Table.QueryAsync(new AuditQuery("clinic-a", From: Start.AddMinutes(2), To: Start.AddMinutes(4)))));
    }

    [Fact]
    public async Task QueryAsync_OffsetAndLimit_PageThroughWithoutGapsOrRepeats()
    {
        for (var minute = 0; minute < 7; minute++)
        {
            await AppendAsync(minute);
        }

        // Two entries in the same instant must still page deterministically.
        await AppendAsync(minute: 3);
        var pages = new List<int>();
        for (var offset = 0; offset < 8; offset += 3)
        {
            var page = await Table.QueryAsync(new AuditQuery("clinic-a", Offset: offset, Limit: 3));
            Assert.True(page.Count <= 3);
            pages.AddRange(Minutes(page));
        }

        Assert.Equal([6, 5, 4, 3, 3, 2, 1, 0], pages);
        Assert.Empty(await Table.QueryAsync(new AuditQuery("clinic-a", Offset: 8)));
    }

    [Fact]
    public async Task QueryAsync_AnotherTenantsEntries_AreNeverReturned()
    {
        await AppendAsync(minute: 1, tenant: "clinic-a", resourceId: "p-1");
        await AppendAsync(minute: 2, tenant: "clinic-b", resourceId: "p-1");

        var entries = await Table.QueryAsync(new AuditQuery("clinic-a", ResourceType: "patient", ResourceId: "p-1"));

        Assert.Equal("clinic-a", Assert.Single(entries).Tenant);
        Assert.Empty(await Table.QueryAsync(new AuditQuery("clinic-c")));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, AuditLogTable.MaxPageSize + 1)]
    [InlineData(-1, 10)]
    public async Task QueryAsync_PageOutOfRange_Throws(int offset, int limit)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Table.QueryAsync(new AuditQuery("clinic-a", Offset: offset, Limit: limit)));
    }

    private Task AppendAsync(
        int minute,
        string tenant = "clinic-a",
        string user = "dr-1",
        string action = "read",
        string resourceType = "patient",
        string? resourceId = "p-1") =>
        Table.AppendAsync(new AuditEntry(Start.AddMinutes(minute), tenant, user, action, resourceType, resourceId, "success", null, null));

    private static int[] Minutes(IEnumerable<AuditEntry> entries) =>
        [.. entries.Select(e => (int)(e.Time - Start).TotalMinutes)];
}

public sealed class SqliteAuditLogTableTests() : AuditLogTableTests(new SqliteTarget());

[Collection("postgres")]
public sealed class PostgresAuditLogTableTests(PostgresFixture fixture) : AuditLogTableTests(new PostgresTarget(fixture));
