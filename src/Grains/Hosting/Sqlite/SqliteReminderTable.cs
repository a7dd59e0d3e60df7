using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Mesh.Grains.Hosting.Sqlite;

/// <summary>
/// Orleans' reminder table on a local SQLite file (Mesh local mode), one row per (service id, grain, reminder name).
/// Each upsert gives the row a fresh random ETag; a remove that names another ETag removes nothing. Writes share the
/// file's group commit with grain state.
/// </summary>
public sealed partial class SqliteReminderTable : IReminderTable
{
    private const string Columns = "grain_id, reminder_name, start_at, period_ticks, etag";
    private const string StartAtFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private const string UpsertSql =
        "INSERT INTO orleans_reminders (service_id, grain_id, reminder_name, grain_hash, start_at, period_ticks, etag) "
        + "VALUES ($serviceId, $grainId, $name, $hash, $startAt, $period, $etag) "
        + "ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE SET grain_hash = excluded.grain_hash, "
        + "start_at = excluded.start_at, period_ticks = excluded.period_ticks, etag = excluded.etag";
    private const string RemoveSql =
        "DELETE FROM orleans_reminders WHERE service_id = $serviceId AND grain_id = $grainId AND reminder_name = $name AND etag = $etag";
    private const string ClearSql = "DELETE FROM orleans_reminders WHERE service_id = $serviceId";

    private static readonly string[] UpsertParameters = ["$serviceId", "$grainId", "$name", "$hash", "$startAt", "$period", "$etag"];
    private static readonly string[] RemoveParameters = ["$serviceId", "$grainId", "$name", "$etag"];
    private static readonly string[] ClearParameters = ["$serviceId"];

    private readonly string _serviceId;
    private readonly SqliteDatabase _database;
    private readonly ILogger _logger;

    /// <summary>Creates the table; Orleans' reminder service starts it.</summary>
    internal SqliteReminderTable(
        IOptions<SqliteReminderTableOptions> options,
        IOptions<ClusterOptions> clusterOptions,
        SqliteDatabaseRegistry databases,
        ILogger<SqliteReminderTable> logger)
    {
        _serviceId = clusterOptions.Value.ServiceId
            ?? throw new ArgumentException("ClusterOptions.ServiceId is not set; the SQLite reminder table keys its rows by it.", nameof(clusterOptions));
        _database = databases.Get(options.Value.DatabasePath
            ?? throw new ArgumentException($"{nameof(SqliteReminderTableOptions)}.{nameof(SqliteReminderTableOptions.DatabasePath)} is not set.", nameof(options)));
        _logger = logger;
    }

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _database.EnsureOpenAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        LogStarted(_database.FilePath, _serviceId);
    }

    /// <inheritdoc/>
    [Obsolete("Implement and use StartAsync instead")]
    public Task Init() => StartAsync();

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task<ReminderTableData> ReadRows(GrainId grainId) => ReadRows(grainId, CancellationToken.None);

    /// <inheritdoc/>
    public async Task<ReminderTableData> ReadRows(GrainId grainId, CancellationToken cancellationToken)
    {
        await _database.EnsureOpenAsync().ConfigureAwait(false);
        return new ReminderTableData(Query(
            $"SELECT {Columns} FROM orleans_reminders WHERE service_id = $serviceId AND grain_id = $grainId",
            command => command.Parameters.AddWithValue("$grainId", grainId.ToString()),
            cancellationToken));
    }

    /// <inheritdoc/>
    public Task<ReminderTableData> ReadRows(uint begin, uint end) => ReadRows(begin, end, CancellationToken.None);

    /// <inheritdoc/>
    /// <remarks>
    /// The rows whose grain hash is in (begin, end]; when begin &gt;= end the range wraps around the ring: hash &gt; begin
    /// or hash &lt;= end (so begin == end is the whole ring).
    /// </remarks>
    public async Task<ReminderTableData> ReadRows(uint begin, uint end, CancellationToken cancellationToken)
    {
        await _database.EnsureOpenAsync().ConfigureAwait(false);
        var range = begin < end
            ? "grain_hash > $begin AND grain_hash <= $end"
            : "(grain_hash > $begin OR grain_hash <= $end)";
        return new ReminderTableData(Query(
            $"SELECT {Columns} FROM orleans_reminders WHERE service_id = $serviceId AND {range}",
            command =>
            {
                command.Parameters.AddWithValue("$begin", (long)begin);
                command.Parameters.AddWithValue("$end", (long)end);
            },
            cancellationToken));
    }

    /// <inheritdoc/>
    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => ReadRow(grainId, reminderName, CancellationToken.None);

    /// <inheritdoc/>
    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(reminderName);
        await _database.EnsureOpenAsync().ConfigureAwait(false);
        var rows = Query(
            $"SELECT {Columns} FROM orleans_reminders WHERE service_id = $serviceId AND grain_id = $grainId AND reminder_name = $name",
            command =>
            {
                command.Parameters.AddWithValue("$grainId", grainId.ToString());
                command.Parameters.AddWithValue("$name", reminderName);
            },
            cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc/>
    public Task<string?> UpsertRow(ReminderEntry entry) => UpsertRow(entry, CancellationToken.None);

    /// <inheritdoc/>
    public async Task<string?> UpsertRow(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.ReminderName);
        cancellationToken.ThrowIfCancellationRequested();
        await _database.EnsureOpenAsync().ConfigureAwait(false);
        var grainId = entry.GrainId.ToString();
        var hash = (long)entry.GrainId.GetUniformHashCode();
        var startAt = ToStored(entry.StartAt);
        var period = entry.Period.Ticks;
        var reminderName = entry.ReminderName;
        var etag = Guid.NewGuid().ToString("N");
        await _database.WriteAsync(context =>
        {
            var command = context.Command(UpsertSql, UpsertParameters);
            command.Parameters[0].Value = _serviceId;
            command.Parameters[1].Value = grainId;
            command.Parameters[2].Value = reminderName;
            command.Parameters[3].Value = hash;
            command.Parameters[4].Value = startAt;
            command.Parameters[5].Value = period;
            command.Parameters[6].Value = etag;
            return command.ExecuteNonQuery();
        }).ConfigureAwait(false);
        return etag;
    }

    /// <inheritdoc/>
    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) => RemoveRow(grainId, reminderName, eTag, CancellationToken.None);

    /// <inheritdoc/>
    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(reminderName);
        cancellationToken.ThrowIfCancellationRequested();
        await _database.EnsureOpenAsync().ConfigureAwait(false);
        var key = grainId.ToString();
        var removed = await _database.WriteAsync(context =>
        {
            var command = context.Command(RemoveSql, RemoveParameters);
            command.Parameters[0].Value = _serviceId;
            command.Parameters[1].Value = key;
            command.Parameters[2].Value = reminderName;
            command.Parameters[3].Value = (object?)eTag ?? DBNull.Value;
            return command.ExecuteNonQuery();
        }).ConfigureAwait(false);
        if (removed == 0)
        {
            LogRemoveMissed(key, reminderName, eTag);
        }

        return removed > 0;
    }

    /// <inheritdoc/>
    public Task TestOnlyClearTable() => TestOnlyClearTable(CancellationToken.None);

    /// <inheritdoc/>
    /// <remarks>Removes this service's reminders only.</remarks>
    public async Task TestOnlyClearTable(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _database.EnsureOpenAsync().ConfigureAwait(false);
        await _database.WriteAsync(context =>
        {
            var command = context.Command(ClearSql, ClearParameters);
            command.Parameters[0].Value = _serviceId;
            return command.ExecuteNonQuery();
        }).ConfigureAwait(false);
    }

    private List<ReminderEntry> Query(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _database.OpenReadConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$serviceId", _serviceId);
        bind(command);
        using var reader = command.ExecuteReader();
        var rows = new List<ReminderEntry>();
        while (reader.Read())
        {
            rows.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0)),
                ReminderName = reader.GetString(1),
                StartAt = DateTime.ParseExact(reader.GetString(2), StartAtFormat, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetString(4),
            });
        }

        return rows;
    }

    // Orleans hands UTC times; an unspecified kind is taken as UTC, a local one converted.
    private static string ToStored(DateTime time)
    {
        var utc = time.Kind switch
        {
            DateTimeKind.Local => time.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
            _ => time,
        };
        return utc.ToString(StartAtFormat, CultureInfo.InvariantCulture);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite reminder table uses {FilePath} for service {ServiceId}")]
    private partial void LogStarted(string filePath, string serviceId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "RemoveRow found no reminder {ReminderName} of grain {GrainId} with ETag {ETag}")]
    private partial void LogRemoveMissed(string grainId, string reminderName, string eTag);
}
