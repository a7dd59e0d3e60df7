using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Mesh.Grains.Hosting.Sqlite;

/// <summary>
/// One SQLite file as the providers of one silo share it: reads on pooled connections (WAL lets them run beside the
/// writer), and every write through one writer thread that commits whatever queued while the previous commit ran in a
/// single transaction (group commit). SQLite takes one writer at a time, so a transaction per grain write would spend
/// the write turn on commits; here 64 concurrent writers cost about one commit per 64 writes. A caller's task
/// completes only after the transaction holding its write has committed.
/// </summary>
internal sealed partial class SqliteDatabase : IAsyncDisposable
{
    /// <summary>How long a statement waits for another process's write lock before it fails.</summary>
    internal const int BusyTimeoutMilliseconds = 10_000;

    // Bounds how long one transaction holds the write lock (and how much a failed batch has to replay write by write).
    internal const int MaxBatchSize = 512;

    private const string UpdatedAtFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    private const string SchemaResourcePrefix = "Mesh.Grains.Hosting.Sqlite.Schema.";

    // synchronous=NORMAL is safe in WAL mode: a committed write survives a process crash; only a power cut can lose the
    // newest commits, never corrupt the file. busy_timeout first, so switching to WAL waits for another process.
    // journal_size_limit keeps the WAL file from staying at its high-water mark after a burst.
    private static readonly string[] WriterPragmas =
    [
        $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA journal_size_limit = 67108864",
    ];

    private readonly ILogger _logger;
    private readonly string _connectionString;

    // Guards the queue, _stopping and _openTask; the writer thread waits on it (Monitor.Wait) when the queue is empty.
    private readonly object _gate = new();
    private readonly TaskCompletionSource _writerExited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private List<PendingWrite> _queued = [];
    private List<PendingWrite> _spare = [];
    private bool _stopping;
    private volatile Task? _openTask;
    private Thread? _writerThread;
    private SqliteConnection? _writer;
    private WriteContext? _writeContext;

    public SqliteDatabase(string databasePath, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        FilePath = Path.GetFullPath(databasePath);
        _logger = logger;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries SQLITE_BUSY itself until the command timeout.
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>
    /// Creates the folder and file as needed, switches the file to WAL, creates the tables (idempotent) and starts the
    /// writer. Safe to call from every provider and on every operation: after the first success it returns a completed task.
    /// A failed open is retried by the next call.
    /// </summary>
    public Task EnsureOpenAsync()
    {
        var open = _openTask;
        if (open is { IsCompletedSuccessfully: true })
        {
            return open;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopping, this);
            if (_openTask is null || _openTask.IsFaulted || _openTask.IsCanceled)
            {
                // The open runs on the thread pool: it must not run on (or capture) a grain's scheduler.
                using (ExecutionContext.SuppressFlow())
                {
                    _openTask = Task.Run(Open);
                }
            }

            return _openTask;
        }
    }

    /// <summary>Opens a pooled read connection; the caller disposes it. Call <see cref="EnsureOpenAsync"/> first.</summary>
    public SqliteConnection OpenReadConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Queues <paramref name="operation"/> for the writer, which runs it inside the next group transaction, and returns
    /// its result once that transaction has committed. The operation must express a logical failure (a stale ETag) as
    /// its result, not as an exception: an exception rolls the whole batch back, after which every write in it is
    /// retried in a transaction of its own, so only the failing one fails. Call <see cref="EnsureOpenAsync"/> first.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<WriteContext, T> operation)
    {
        var pending = new PendingWrite<T>(operation);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopping, this);
            _queued.Add(pending);
            if (_queued.Count == 1)
            {
                Monitor.Pulse(_gate);
            }
        }

        return pending.Task;
    }

    /// <summary>Commits what is queued, stops the writer and releases the file.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_stopping)
            {
                return;
            }

            _stopping = true;
            Monitor.PulseAll(_gate);
        }

        if (_openTask is { } open)
        {
            // A failed open has nothing to drain; its error reached the callers that awaited it.
            await open.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        Thread? writer;
        lock (_gate)
        {
            writer = _writerThread;
        }

        if (writer is not null)
        {
            await _writerExited.Task.ConfigureAwait(false);
        }

        _writeContext?.Dispose();
        _writer?.Dispose();
        using var clear = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(clear);
        LogClosed(FilePath);
    }

    private void Open()
    {
        var folder = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var writer = new SqliteConnection(_connectionString);
        try
        {
            writer.Open();
            foreach (var pragma in WriterPragmas)
            {
                using var command = writer.CreateCommand();
                command.CommandText = pragma;
                command.ExecuteNonQuery();
            }

            InstallSchema(writer);
        }
        catch
        {
            writer.Dispose();
            throw;
        }

        lock (_gate)
        {
            if (_stopping)
            {
                writer.Dispose();
                throw new ObjectDisposedException(nameof(SqliteDatabase));
            }

            _writer = writer;
            _writeContext = new WriteContext(writer);
            // UnsafeStart: the writer serves every caller, so it carries none's execution context.
            _writerThread = new Thread(WriterLoop) { IsBackground = true, Name = "Mesh SQLite writer" };
            _writerThread.UnsafeStart();
        }

        LogOpened(FilePath);
    }

    private static void InstallSchema(SqliteConnection connection)
    {
        var assembly = typeof(SqliteDatabase).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(SchemaResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (scripts.Count == 0)
        {
            throw new InvalidOperationException($"No schema scripts are embedded in {assembly.GetName().Name}.");
        }

        // BEGIN IMMEDIATE: two processes starting on one file take turns instead of racing on CREATE TABLE.
        using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var script in scripts)
        {
            using var stream = assembly.GetManifestResourceStream(script)
                ?? throw new InvalidOperationException($"Embedded schema script '{script}' could not be opened.");
            using var reader = new StreamReader(stream);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = reader.ReadToEnd();
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private void WriterLoop()
    {
        try
        {
            while (true)
            {
                List<PendingWrite> batch;
                lock (_gate)
                {
                    while (_queued.Count == 0)
                    {
                        if (_stopping)
                        {
                            return;
                        }

                        Monitor.Wait(_gate);
                    }

                    batch = _queued;
                    _queued = _spare;
                }

                for (var start = 0; start < batch.Count; start += MaxBatchSize)
                {
                    Commit(batch, start, Math.Min(MaxBatchSize, batch.Count - start));
                }

                batch.Clear();
                _spare = batch;
            }
        }
        finally
        {
            _writerExited.TrySetResult();
        }
    }

    private void Commit(List<PendingWrite> batch, int start, int count)
    {
        var context = _writeContext!;
        try
        {
            using (var transaction = _writer!.BeginTransaction(deferred: false))
            {
                context.Begin(transaction, DateTime.UtcNow.ToString(UpdatedAtFormat, CultureInfo.InvariantCulture));
                for (var i = start; i < start + count; i++)
                {
                    batch[i].Execute(context);
                }

                transaction.Commit();
            }
        }
        catch (Exception error) when (count > 1)
        {
            // Rolled back as a whole; replay write by write so that only the failing write fails.
            LogBatchFailed(error, count, FilePath);
            for (var i = start; i < start + count; i++)
            {
                Commit(batch, i, 1);
            }

            return;
        }
        catch (Exception error)
        {
            batch[start].Fail(error);
            return;
        }

        for (var i = start; i < start + count; i++)
        {
            batch[i].Complete();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened SQLite database {FilePath} (WAL, synchronous=NORMAL)")]
    private partial void LogOpened(string filePath);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closed SQLite database {FilePath}")]
    private partial void LogClosed(string filePath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A group commit of {Count} writes to {FilePath} failed; retrying them one by one")]
    private partial void LogBatchFailed(Exception error, int count, string filePath);

    /// <summary>What a queued write sees inside the group transaction: cached prepared commands and the batch's time.</summary>
    internal sealed class WriteContext(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
        private SqliteTransaction? _transaction;

        /// <summary>The batch's commit time as stored in <c>updated_at</c> columns.</summary>
        public string Now { get; private set; } = "";

        /// <summary>
        /// The writer's command for <paramref name="sql"/>, created once with the named parameters (in that order, null
        /// values) and bound to the current transaction. Set values by index; the statement stays prepared across batches.
        /// </summary>
        public SqliteCommand Command(string sql, params string[] parameterNames)
        {
            if (!_commands.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var name in parameterNames)
                {
                    command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
                }

                _commands.Add(sql, command);
            }

            command.Transaction = _transaction;
            return command;
        }

        public void Begin(SqliteTransaction transaction, string now)
        {
            _transaction = transaction;
            Now = now;
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            _commands.Clear();
        }
    }

    private abstract class PendingWrite
    {
        public abstract void Execute(WriteContext context);

        public abstract void Complete();

        public abstract void Fail(Exception error);
    }

    private sealed class PendingWrite<T>(Func<WriteContext, T> operation) : PendingWrite
    {
        // Continuations run on the pool (or the caller's scheduler), never inline on the writer thread.
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _completion.Task;

        public override void Execute(WriteContext context) => _result = operation(context);

        public override void Complete() => _completion.TrySetResult(_result);

        public override void Fail(Exception error) => _completion.TrySetException(error);
    }
}
