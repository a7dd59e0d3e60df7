using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Mesh.Grains.Hosting.Sqlite;

/// <summary>
/// Orleans grain storage on a local SQLite file (Mesh local mode). The ETag is the row's version number as a string:
/// 1 after the first write, one more after every write or clear. A write or clear that names a version other than the
/// stored one changes nothing and throws <see cref="InconsistentStateException"/>; a null ETag means "nothing
/// stored". Writes of all grains go through the file's group commit; a call completes once its write has committed.
/// </summary>
public sealed partial class SqliteGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private const string KeyFilter = "state_name = $stateName AND grain_id = $grainId";
    private const string ReadSql = $"SELECT version, payload FROM orleans_grain_state WHERE {KeyFilter}";
    private const string InsertSql =
        "INSERT INTO orleans_grain_state (state_name, grain_id, version, payload, updated_at) "
        + "VALUES ($stateName, $grainId, 1, $payload, $now) ON CONFLICT (state_name, grain_id) DO NOTHING";
    private const string UpdateSql =
        "UPDATE orleans_grain_state SET version = version + 1, payload = $payload, updated_at = $now "
        + $"WHERE {KeyFilter} AND version = $expected";
    private const string DeleteSql = $"DELETE FROM orleans_grain_state WHERE {KeyFilter} AND version = $expected";
    private const string VersionSql = $"SELECT version FROM orleans_grain_state WHERE {KeyFilter}";

    private static readonly string[] KeyPayloadNow = ["$stateName", "$grainId", "$payload", "$now"];
    private static readonly string[] KeyPayloadNowExpected = ["$stateName", "$grainId", "$payload", "$now", "$expected"];
    private static readonly string[] KeyExpected = ["$stateName", "$grainId", "$expected"];
    private static readonly string[] Key = ["$stateName", "$grainId"];

    private readonly string _name;
    private readonly SqliteStorageOptions _options;
    private readonly SqliteDatabase _database;
    private readonly IGrainStorageSerializer _serializer;
    private readonly IActivatorProvider _activatorProvider;
    private readonly ILogger _logger;

    /// <summary>Creates the provider; the silo opens its file at <see cref="SqliteStorageOptions.InitStage"/>.</summary>
    internal SqliteGrainStorage(
        string name,
        SqliteStorageOptions options,
        SqliteDatabaseRegistry databases,
        IActivatorProvider activatorProvider,
        ILogger<SqliteGrainStorage> logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(options);
        _name = name;
        _options = options;
        _serializer = options.GrainStorageSerializer
            ?? throw new ArgumentException($"{nameof(SqliteStorageOptions)}.{nameof(SqliteStorageOptions.GrainStorageSerializer)} is null for SQLite grain storage '{name}'.", nameof(options));
        _database = databases.Get(options.DatabasePath
            ?? throw new ArgumentException($"{nameof(SqliteStorageOptions)}.{nameof(SqliteStorageOptions.DatabasePath)} is not set for SQLite grain storage '{name}'.", nameof(options)));
        _activatorProvider = activatorProvider;
        _logger = logger;
    }

    /// <inheritdoc/>
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc/>
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        cancellationToken.ThrowIfCancellationRequested();
        await _database.EnsureOpenAsync().ConfigureAwait(false);
        var key = grainId.ToString();

        long? version = null;
        byte[]? payload = null;
        // Synchronous on purpose: Microsoft.Data.Sqlite's async methods run synchronously anyway, and a read by
        // primary key in WAL mode never waits for the writer.
        using (var connection = _database.OpenReadConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = ReadSql;
            command.Parameters.AddWithValue("$stateName", stateName);
            command.Parameters.AddWithValue("$grainId", key);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                version = reader.GetInt64(0);
                payload = reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1);
            }
        }

        T? state = default;
        if (payload is not null)
        {
            try
            {
                state = _serializer.Deserialize<T>(new BinaryData(payload));
            }
            catch (Exception error)
            {
                LogDeserializeFailed(error, _name, stateName, key, typeof(T));
                throw new InvalidOperationException(
                    $"SQLite grain storage '{_name}' could not deserialize state '{stateName}' of grain {key} as {typeof(T)}: {error.Message}", error);
            }
        }

        // A cleared row (no payload) keeps its version as the ETag, so the next write must name it.
        grainState.ETag = version?.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = state is not null;
        grainState.State = state ?? CreateInstance<T>();
    }

    /// <inheritdoc/>
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc/>
    /// <remarks>The token is honoured until the write is queued; a queued write commits (or fails) regardless.</remarks>
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        cancellationToken.ThrowIfCancellationRequested();
        var expected = ParseETag(grainState.ETag, "WriteState", stateName, grainId);
        // Serialize on the caller's thread, so the writer thread only binds and steps statements.
        var payload = ToArray(_serializer.Serialize(grainState.State));
        await _database.EnsureOpenAsync().ConfigureAwait(false);
        var key = grainId.ToString();

        var outcome = await _database.WriteAsync(context => Write(context, stateName, key, expected, payload)).ConfigureAwait(false);
        if (outcome.Conflict)
        {
            throw Conflict("WriteState", stateName, key, grainState.ETag, outcome.StoredVersion);
        }

        grainState.ETag = outcome.NewVersion!.Value.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    /// <inheritdoc/>
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc/>
    /// <remarks>
    /// With a null ETag (nothing stored as far as the caller knows) and no row, this is a no-op that still resets the
    /// state; a row present then is a conflict. The token is honoured until the clear is queued.
    /// </remarks>
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        cancellationToken.ThrowIfCancellationRequested();
        var expected = ParseETag(grainState.ETag, "ClearState", stateName, grainId);
        await _database.EnsureOpenAsync().ConfigureAwait(false);
        var key = grainId.ToString();

        var deleteRow = _options.DeleteStateOnClear;
        var outcome = await _database.WriteAsync(context => Clear(context, stateName, key, expected, deleteRow)).ConfigureAwait(false);
        if (outcome.Conflict)
        {
            throw Conflict("ClearState", stateName, key, grainState.ETag, outcome.StoredVersion);
        }

        grainState.ETag = outcome.NewVersion?.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = false;
        grainState.State = CreateInstance<T>();
    }

    /// <inheritdoc/>
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            OptionFormattingUtilities.Name<SqliteGrainStorage>(_name),
            _options.InitStage,
            async _ =>
            {
                await _database.EnsureOpenAsync().ConfigureAwait(false);
                LogInitialized(_name, _database.FilePath, _options.DeleteStateOnClear);
            },
            // The file closes when the silo's services are disposed, after grains have written their last states.
            _ => Task.CompletedTask);

    private static StateOutcome Write(SqliteDatabase.WriteContext context, string stateName, string key, long? expected, byte[] payload)
    {
        SqliteCommand command;
        if (expected is null)
        {
            command = context.Command(InsertSql, KeyPayloadNow);
        }
        else
        {
            command = context.Command(UpdateSql, KeyPayloadNowExpected);
            command.Parameters[4].Value = expected.Value;
        }

        command.Parameters[0].Value = stateName;
        command.Parameters[1].Value = key;
        command.Parameters[2].Value = payload;
        command.Parameters[3].Value = context.Now;
        return command.ExecuteNonQuery() == 1
            ? StateOutcome.Done((expected ?? 0) + 1)
            : StateOutcome.Conflicted(StoredVersion(context, stateName, key));
    }

    private static StateOutcome Clear(SqliteDatabase.WriteContext context, string stateName, string key, long? expected, bool deleteRow)
    {
        if (expected is null)
        {
            // The caller believes nothing is stored: true if there is no row, a conflict otherwise.
            var stored = StoredVersion(context, stateName, key);
            return stored is null ? StateOutcome.Done(null) : StateOutcome.Conflicted(stored);
        }

        SqliteCommand command;
        if (deleteRow)
        {
            command = context.Command(DeleteSql, KeyExpected);
            command.Parameters[2].Value = expected.Value;
        }
        else
        {
            // A tombstone: no payload, next version.
            command = context.Command(UpdateSql, KeyPayloadNowExpected);
            command.Parameters[2].Value = DBNull.Value;
            command.Parameters[3].Value = context.Now;
            command.Parameters[4].Value = expected.Value;
        }

        command.Parameters[0].Value = stateName;
        command.Parameters[1].Value = key;
        return command.ExecuteNonQuery() == 1
            ? StateOutcome.Done(deleteRow ? null : expected.Value + 1)
            : StateOutcome.Conflicted(StoredVersion(context, stateName, key));
    }

    // Only after a conflict: which version did win, for the exception.
    private static long? StoredVersion(SqliteDatabase.WriteContext context, string stateName, string key)
    {
        var probe = context.Command(VersionSql, Key);
        probe.Parameters[0].Value = stateName;
        probe.Parameters[1].Value = key;
        return probe.ExecuteScalar() is long version ? version : null;
    }

    private long? ParseETag(string? etag, string operation, string stateName, GrainId grainId)
    {
        if (string.IsNullOrEmpty(etag))
        {
            return null;
        }

        if (long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0)
        {
            return version;
        }

        throw new InconsistentStateException(
            $"Version conflict ({operation}): SQLite grain storage '{_name}' never issued ETag '{etag}' "
            + $"(state '{stateName}' of grain {grainId}); its ETags are version numbers. Nothing was written.",
            storedEtag: null,
            currentEtag: etag);
    }

    private InconsistentStateException Conflict(string operation, string stateName, string key, string? currentETag, long? storedVersion)
    {
        var stored = storedVersion?.ToString(CultureInfo.InvariantCulture);
        LogConflict(operation, _name, stateName, key, currentETag, stored);
        return new InconsistentStateException(
            $"Version conflict ({operation}): SQLite grain storage '{_name}', state '{stateName}' of grain {key}: "
            + $"the caller's ETag is {currentETag ?? "null (nothing stored)"} but the stored one is {stored ?? "null (nothing stored)"}; "
            + "another writer changed it first. Nothing was written.",
            stored,
            currentETag);
    }

    private static byte[] ToArray(BinaryData data)
    {
        var memory = data.ToMemory();
        return MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : memory.ToArray();
    }

    private T CreateInstance<T>() => _activatorProvider.GetActivator<T>().Create();

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite grain storage {Name} uses {FilePath} (DeleteStateOnClear={DeleteStateOnClear})")]
    private partial void LogInitialized(string name, string filePath, bool deleteStateOnClear);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Version conflict ({Operation}) in SQLite grain storage {Name}: state {StateName} of grain {GrainId}, caller's ETag {CurrentETag}, stored ETag {StoredETag}")]
    private partial void LogConflict(string operation, string name, string stateName, string grainId, string? currentETag, string? storedETag);

    [LoggerMessage(Level = LogLevel.Error, Message = "SQLite grain storage {Name} could not deserialize state {StateName} of grain {GrainId} as {StateType}")]
    private partial void LogDeserializeFailed(Exception error, string name, string stateName, string grainId, Type stateType);

    /// <summary>The result of a write or clear inside the group transaction.</summary>
    private readonly record struct StateOutcome(bool Conflict, long? NewVersion, long? StoredVersion)
    {
        public static StateOutcome Done(long? newVersion) => new(false, newVersion, null);

        public static StateOutcome Conflicted(long? storedVersion) => new(true, null, storedVersion);
    }
}

/// <summary>Creates <see cref="SqliteGrainStorage"/> instances for the keyed registration.</summary>
internal static class SqliteGrainStorageFactory
{
    public static SqliteGrainStorage Create(IServiceProvider services, string name) =>
        new(
            name,
            services.GetRequiredService<IOptionsMonitor<SqliteStorageOptions>>().Get(name),
            services.GetRequiredService<SqliteDatabaseRegistry>(),
            services.GetRequiredService<IActivatorProvider>(),
            services.GetRequiredService<ILogger<SqliteGrainStorage>>());
}
