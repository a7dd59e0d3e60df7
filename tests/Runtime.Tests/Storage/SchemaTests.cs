using System.Data.Common;
using Mesh.Runtime.AdoNet;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Storage;

public abstract class SchemaTests(StorageTarget target) : StorageTests(target)
{
    private static readonly int[] AllVersions = [1, 2, 3, 4, 5, 6, 7, 8];

    protected override bool InstallSchema => false;

    [Fact]
    public async Task EnsureSchemaAsync_RunTwice_KeepsDataAndRecordsEachVersionOnce()
    {
        await Database.EnsureSchemaAsync();
        var grains = new GrainStateTable(Database);
        await grains.WriteAsync("patient", "p-1", "state", null, new byte[] { 1, 2, 3 });

        await Database.EnsureSchemaAsync();

        Assert.Equal(AllVersions, await ReadSchemaVersionsAsync());
        Assert.Equal(new byte[] { 1, 2, 3 }, (await grains.ReadAsync("patient", "p-1", "state"))!.Payload);
    }

    [Fact]
    public async Task EnsureSchemaAsync_FromSeveralProcessesAtOnce_AppliesEachVersionOnce()
    {
        var silos = Enumerable.Range(0, 6).Select(_ => Target.Connect()).ToList();

        await Task.WhenAll(silos.Select(silo => Task.Run(() => silo.EnsureSchemaAsync())));

        Assert.Equal(AllVersions, await ReadSchemaVersionsAsync());
        var version = await new GrainStateTable(silos[^1]).WriteAsync("patient", "p-1", "state", null, new byte[] { 9 });
        Assert.Equal(1, version);
    }

    [Fact]
    public async Task AuditLogAndReports_UpdateOrDelete_AreRejectedByTheSchema()
    {
        await Database.EnsureSchemaAsync();
        await new AuditLogTable(Database).AppendAsync(
            new AuditEntry(DateTimeOffset.UtcNow, "t1", "u1", "read", "patient", "p1", "success", null, null));
        await new ReportTable(Database).InsertAsync(ReportTableTests.Report("r1", 1));

        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync("UPDATE audit_log SET outcome = 'denied'"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync("DELETE FROM audit_log"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync("UPDATE reports SET doctor_id = 'someone-else'"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync("DELETE FROM reports"));
        Assert.Single(await new AuditLogTable(Database).QueryAsync(new AuditQuery("t1")));
        Assert.Equal("doctor-1", (await new ReportTable(Database).GetAsync("clinic-a", "r1"))!.DoctorId);
    }

    private async Task<int[]> ReadSchemaVersionsAsync()
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_versions ORDER BY version";
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return [.. versions];
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class SqliteSchemaTests() : SchemaTests(new SqliteTarget());

[Collection("postgres")]
public sealed class PostgresSchemaTests(PostgresFixture fixture) : SchemaTests(new PostgresTarget(fixture));
