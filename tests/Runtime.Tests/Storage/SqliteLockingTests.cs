using Mesh.Runtime.AdoNet;
using Mesh.Testing;
using Microsoft.Data.Sqlite;

namespace Mesh.Runtime.Tests.Storage;

public sealed class SqliteLockingTests
{
    [Fact]
    public async Task BeginWriteTransactionAsync_OnSqlite_HoldsTheWriteLockBeforeAnyStatement()
    {
        using var folder = new TempDirectory();
        var file = folder.Combine("mesh.db");
        await using var database = MeshDatabase.ForSqlite(file);
        await database.EnsureSchemaAsync();
        await using var holder = await database.OpenConnectionAsync();
        await using var transaction = await database.BeginWriteTransactionAsync(holder, CancellationToken.None);

        await using var other = new SqliteConnection($"Data Source={file};Default Timeout=1;Pooling=False");
        await other.OpenAsync();
        await using (var shortWait = other.CreateCommand())
        {
            shortWait.CommandText = "PRAGMA busy_timeout = 100";
            await shortWait.ExecuteNonQueryAsync();
        }

        await using var write = other.CreateCommand();
        write.CommandText = "INSERT INTO schema_versions VALUES (999, 'probe', 'now')";

        var error = await Assert.ThrowsAsync<SqliteException>(() => write.ExecuteNonQueryAsync());
        Assert.Contains("locked", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
