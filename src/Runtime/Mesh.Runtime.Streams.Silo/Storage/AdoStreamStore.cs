using System.Data.Common;
using Mesh.Runtime.AdoNet;
using Mesh.Runtime.Streams.Queue;
using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Streams.Storage;

/// <summary>
/// The durable provider's store on SQLite or PostgreSQL (tables from <c>006_stream_events.sql</c>). Writes go
/// through one <see cref="StreamWriteBatcher"/>; reads open their own connections.
/// </summary>
internal sealed class AdoStreamStore : IStreamStore, IAsyncDisposable
{
    private const string StreamFilter = "provider = @provider AND namespace = @namespace AND stream_key = @key";

    // Enough to keep a commit always in flight while the next batch is sent; more mostly adds lock contention.
    private const int MaxPostgreSqlBatches = 2;

    private readonly MeshDatabase _database;
    private readonly string _provider;
    private readonly StreamWriteBatcher _writer;
    private readonly Lazy<Task> _schema;

    public AdoStreamStore(MeshDatabase database, string provider, int maxBatchWeight, ILogger logger)
    {
        _database = database;
        _provider = provider;
        // SQLite takes one writer at a time anyway; PostgreSQL commits several transactions in parallel.
        var concurrentBatches = database.Dialect == SqlDialect.PostgreSql ? MaxPostgreSqlBatches : 1;
        _writer = new StreamWriteBatcher(new StreamWriteExecutor(database, provider), maxBatchWeight, concurrentBatches, logger);
        _schema = new Lazy<Task>(() => database.EnsureSchemaAsync());
    }

    public bool KeepsEvents => true;

    public async Task<StreamSnapshot> LoadAsync(StreamQueueKey stream, CancellationToken ct)
    {
        await _schema.Value.ConfigureAwait(false);
        await using var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        long head;
        await using (var command = StreamCommand(connection, stream, $"SELECT MAX(sequence) FROM stream_events WHERE {StreamFilter}"))
        {
            head = await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }

        var subscriptions = new List<StoredSubscription>();
        await using (var command = StreamCommand(connection, stream,
            $"SELECT subscription_id, kind, target, element_type, acked_sequence FROM stream_subscriptions WHERE {StreamFilter}"))
        {
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var subscription = new StreamSubscription(
                    Guid.Parse(reader.GetString(0)), Enum.Parse<SubscriberKind>(reader.GetString(1)), reader.GetString(2), reader.GetString(3));
                subscriptions.Add(new StoredSubscription(subscription, reader.GetInt64(4)));
            }
        }

        // Retention keeps each stream's newest event, but an ack is proof of a sequence too.
        return new StreamSnapshot(Math.Max(head, subscriptions.Count == 0 ? 0 : subscriptions.Max(s => s.Acked)), subscriptions);
    }

    public Task AppendAsync(StreamQueueKey stream, IReadOnlyList<StoredStreamEvent> events) => WriteAsync(new InsertEvents(stream, events));

    public async Task<IReadOnlyList<StoredStreamEvent>> ReadAsync(StreamQueueKey stream, long fromSequence, int max, CancellationToken ct)
    {
        await _schema.Value.ConfigureAwait(false);
        await using var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = StreamCommand(connection, stream,
                $"SELECT sequence, payload, created_at FROM stream_events WHERE {StreamFilter} AND sequence >= @from ORDER BY sequence LIMIT @max")
            .AddParameter("@from", fromSequence)
            .AddParameter("@max", max);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var events = new List<StoredStreamEvent>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            events.Add(new StoredStreamEvent(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1), StreamTime.Read(_database.Dialect, reader, 2)));
        }

        return events;
    }

    public Task SaveSubscriptionAsync(StreamQueueKey stream, StreamSubscription subscription, long acked) =>
        WriteAsync(new UpsertSubscription(stream, subscription, acked));

    public Task RemoveSubscriptionAsync(StreamQueueKey stream, Guid subscriptionId) => WriteAsync(new DeleteSubscription(stream, subscriptionId));

    public Task SaveAcksAsync(StreamQueueKey stream, IReadOnlyList<SubscriptionAck> acks) => WriteAsync(new UpdateAcks(stream, acks));

    public Task ParkAsync(ParkedStreamEvent parked) => WriteAsync(new InsertParked(parked));

    public Task RemoveParkedAsync(long id) => WriteAsync(new DeleteParked(id));

    public Task UpdateParkedAsync(long id, string error, int attempts) => WriteAsync(new UpdateParked(id, error, attempts));

    public Task TrimAsync(StreamQueueKey stream, long upTo, long countLimit, DateTimeOffset cutoff) =>
        WriteAsync(new TrimEvents(stream, upTo, countLimit, cutoff));

    public async Task<IReadOnlyList<ParkedStreamEvent>> GetParkedAsync(int limit, ParkedEventFilter filter, CancellationToken ct)
    {
        await _schema.Value.ConfigureAwait(false);
        await using var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var where = "provider = @provider"
            + (filter.Stream is null ? string.Empty : " AND namespace = @namespace AND stream_key = @key")
            + (filter.SubscriptionId is null ? string.Empty : " AND subscription_id = @id");
        await using var command = connection.CreateCommand("SELECT id, namespace, stream_key, sequence, subscription_id, subscriber, payload, error, attempts, parked_at "
                + $"FROM parked_stream_events WHERE {where} ORDER BY id LIMIT @limit")
            .AddParameter("@provider", _provider)
            .AddParameter("@limit", limit);
        if (filter.Stream is { } stream)
        {
            command.AddParameter("@namespace", stream.Namespace).AddParameter("@key", stream.Key);
        }

        if (filter.SubscriptionId is { } subscriptionId)
        {
            command.AddParameter("@id", subscriptionId.ToString("D"));
        }

        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var parked = new List<ParkedStreamEvent>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            parked.Add(new ParkedStreamEvent(
                reader.GetInt64(0),
                _provider,
                new StreamId(reader.GetString(1), reader.GetString(2)),
                new StreamSequenceToken(reader.GetInt64(3)),
                Guid.Parse(reader.GetString(4)),
                reader.GetString(5),
                reader.GetFieldValue<byte[]>(6),
                reader.GetString(7),
                reader.GetInt32(8),
                StreamTime.Read(_database.Dialect, reader, 9)));
        }

        return parked;
    }

    public async Task<IReadOnlyList<StreamId>> FindPendingStreamsAsync(CancellationToken ct)
    {
        await _schema.Value.ConfigureAwait(false);
        await using var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand("SELECT DISTINCT s.namespace, s.stream_key FROM stream_subscriptions s WHERE s.provider = @provider AND s.acked_sequence < "
                + "(SELECT MAX(e.sequence) FROM stream_events e WHERE e.provider = s.provider AND e.namespace = s.namespace AND e.stream_key = s.stream_key)")
            .AddParameter("@provider", _provider);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var streams = new List<StreamId>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            streams.Add(new StreamId(reader.GetString(0), reader.GetString(1)));
        }

        return streams;
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    public override string ToString() => $"durable streams '{_provider}' ({_database.Dialect})";

    private async Task WriteAsync(StreamWrite write)
    {
        await _schema.Value.ConfigureAwait(false);
        await _writer.WriteAsync(write).ConfigureAwait(false);
    }

    private DbCommand StreamCommand(DbConnection connection, StreamQueueKey stream, string sql) =>
        connection.CreateCommand(sql)
            .AddParameter("@provider", _provider)
            .AddParameter("@namespace", stream.Stream.Namespace)
            .AddParameter("@key", stream.Stream.Key);
}
