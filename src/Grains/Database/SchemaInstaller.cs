using System.Data.Common;

namespace Mesh.Grains.Database;

/// <summary>
/// Applies schema scripts once each, in one transaction that holds a database-wide lock, so silos that
/// start together neither race on <c>CREATE TABLE</c> nor apply a script twice.
/// </summary>
internal static class SchemaInstaller
{
    // Any constant works as long as nothing else in the database uses it; this one spells "MESHSCHM".
    private const long PostgreSqlLockKey = 0x4D45_5348_5343_484D;

    public static async Task InstallAsync(MeshDatabase database, CancellationToken ct)
    {
        var scripts = SchemaScript.Load(database.Dialect);
        await using var connection = await database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteTransactionAsync(connection, ct).ConfigureAwait(false);
        if (database.Dialect == SqlDialect.PostgreSql)
        {
            await using var takeLock = connection.CreateCommand("SELECT pg_advisory_xact_lock(@key)", transaction)
                .AddParameter("@key", PostgreSqlLockKey);
            await takeLock.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await CreateVersionTableAsync(database.Dialect, connection, transaction, ct).ConfigureAwait(false);
        var applied = await ReadAppliedAsync(connection, transaction, ct).ConfigureAwait(false);
        foreach (var script in scripts.Where(s => !applied.Contains(s.Version)))
        {
            await using (var apply = connection.CreateCommand(script.Sql, transaction))
            {
                await apply.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            await using var record = connection.CreateCommand(
                    "INSERT INTO schema_versions (version, name, applied_at) VALUES (@version, @name, @appliedAt)",
                    transaction)
                .AddParameter("@version", script.Version)
                .AddParameter("@name", script.Name)
                .AddParameter("@appliedAt", database.ToDbTime(DateTimeOffset.UtcNow));
            await record.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    private static async Task CreateVersionTableAsync(
        SqlDialect dialect, DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        var timeType = dialect == SqlDialect.PostgreSql ? "TIMESTAMPTZ" : "TEXT";
        await using var command = connection.CreateCommand(
            $"CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at {timeType} NOT NULL)",
            transaction);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task<HashSet<int>> ReadAppliedAsync(
        DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand("SELECT version FROM schema_versions", transaction);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var applied = new HashSet<int>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            applied.Add(reader.GetInt32(0));
        }

        return applied;
    }
}
