using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Mesh.Grains.Database;

/// <summary>
/// The one entry point to Mesh's SQL storage: opens connections for either dialect and installs the schema.
/// Thread-safe; create one per process and database and share it.
/// </summary>
public sealed class MeshDatabase : IAsyncDisposable
{
    // Long enough to ride out a schema install or a checkpoint in another process, short enough that a
    // stuck writer surfaces as an error instead of a hung grain call.
    private const int SqliteBusyTimeoutMilliseconds = 10_000;

    // synchronous=NORMAL is safe in WAL mode: a committed write survives a process crash; only a power cut can lose
    // the newest commits, never corrupt the file. Grain state writes would otherwise wait for an fsync each.
    private static readonly string[] SqlitePragmas =
        [$"PRAGMA busy_timeout = {SqliteBusyTimeoutMilliseconds}", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"];

    // SQLite takes one writer at a time. Queuing writers here, in order, beats letting them collide on the file
    // lock, where each loser sleeps in the busy handler for up to 100 ms.
    private readonly SemaphoreSlim _sqliteWriteGate = new(1, 1);

    private readonly NpgsqlDataSource? _dataSource;
    private readonly string? _sqliteConnectionString;

    private MeshDatabase(SqlDialect dialect, NpgsqlDataSource? dataSource, string? sqliteConnectionString)
    {
        Dialect = dialect;
        _dataSource = dataSource;
        _sqliteConnectionString = sqliteConnectionString;
    }

    /// <summary>The SQL dialect of this database.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>
    /// Uses the SQLite file at <paramref name="filePath"/>, creating its folder and the file as needed.
    /// Connections run in WAL mode with a busy timeout so several readers and one writer share the file.
    /// </summary>
    public static MeshDatabase ForSqlite(string filePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        var fullPath = Path.GetFullPath(filePath);
        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = SqliteBusyTimeoutMilliseconds / 1000,
        };
        return new MeshDatabase(SqlDialect.Sqlite, null, builder.ToString());
    }

    /// <summary>Uses the PostgreSQL database named by an Npgsql <paramref name="connectionString"/>.</summary>
    public static MeshDatabase ForPostgreSql(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new MeshDatabase(SqlDialect.PostgreSql, NpgsqlDataSource.Create(connectionString), null);
    }

    /// <summary>Opens a pooled connection; the caller disposes it.</summary>
    public async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken ct = default)
    {
        if (_dataSource is not null)
        {
            return await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        }

        var connection = new SqliteConnection(_sqliteConnectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            // busy_timeout first, so switching to WAL waits for other connections instead of failing. One command
            // each: Microsoft.Data.Sqlite can drop an error from a statement that follows one returning rows.
            foreach (var pragma in SqlitePragmas)
            {
                await using var command = connection.CreateCommand(pragma);
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Opens a connection for a write. On SQLite it waits its turn behind the other writers of this process and
    /// keeps the turn until the connection is disposed; on PostgreSQL it is a plain pooled connection.
    /// </summary>
    public async ValueTask<DbConnection> OpenWriteConnectionAsync(CancellationToken ct = default)
    {
        if (Dialect != SqlDialect.Sqlite)
        {
            return await OpenConnectionAsync(ct).ConfigureAwait(false);
        }

        await _sqliteWriteGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var connection = await OpenConnectionAsync(ct).ConfigureAwait(false);
            connection.Disposed += (_, _) => _sqliteWriteGate.Release();
            return connection;
        }
        catch
        {
            _sqliteWriteGate.Release();
            throw;
        }
    }

    /// <summary>
    /// Applies the embedded <c>deploy/sql/&lt;dialect&gt;/NNN_name.sql</c> scripts that this database has not
    /// seen yet, in order, each once, and records them in <c>schema_versions</c>. Safe to call on every start
    /// and from several processes at once.
    /// </summary>
    public Task EnsureSchemaAsync(CancellationToken ct = default) => SchemaInstaller.InstallAsync(this, ct);

    /// <summary>Closes pooled connections so the database (or the SQLite file) is released.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            using var connection = new SqliteConnection(_sqliteConnectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    /// <summary>
    /// Begins a transaction that holds the database's write lock from its first statement: on SQLite
    /// <c>BEGIN IMMEDIATE</c>, asked for by name rather than left to the provider's default, because a deferred
    /// transaction would let two installers read the same state and then race to write; on PostgreSQL a plain transaction, whose callers take an advisory lock.
    /// </summary>
    internal async ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken ct) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: false)
            : await connection.BeginTransactionAsync(ct).ConfigureAwait(false);

    /// <summary>Converts a time to the value stored for it: UTC, truncated to microseconds in both dialects.</summary>
    internal object ToDbTime(DateTimeOffset time) => StoredTime.ToDb(Dialect, time);

    /// <summary>Reads a time stored by <see cref="ToDbTime"/>.</summary>
    internal DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => StoredTime.Read(Dialect, reader, ordinal);
}
