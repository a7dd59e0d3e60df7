using Microsoft.Extensions.Logging;

namespace Mesh.Grains.Hosting.Sqlite;

/// <summary>
/// The SQLite files of one silo, one <see cref="SqliteDatabase"/> (so one writer) per file however many grain storage
/// providers and the reminder table name it: writers of one process then queue for one group commit instead of
/// colliding on the file lock. Disposed with the silo's services, after the silo has stopped, so that writes made while
/// grains deactivate on shutdown still commit.
/// </summary>
internal sealed class SqliteDatabaseRegistry(ILoggerFactory loggerFactory) : IAsyncDisposable, IDisposable
{
    private readonly Dictionary<string, SqliteDatabase> _databases = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <summary>The database for <paramref name="databasePath"/>, created on first use (not yet opened).</summary>
    public SqliteDatabase Get(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var fullPath = Path.GetFullPath(databasePath);
        lock (_databases)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_databases.TryGetValue(fullPath, out var database))
            {
                database = new SqliteDatabase(fullPath, loggerFactory.CreateLogger<SqliteDatabase>());
                _databases.Add(fullPath, database);
            }

            return database;
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<SqliteDatabase> databases;
        lock (_databases)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            databases = [.. _databases.Values];
            _databases.Clear();
        }

        foreach (var database in databases)
        {
            await database.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
