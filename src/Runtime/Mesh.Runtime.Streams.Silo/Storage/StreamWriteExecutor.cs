using System.Data.Common;
using Mesh.Runtime.AdoNet;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Storage;

/// <summary>
/// Runs a batch of stream writes in one transaction, in the order they were queued; events and acknowledgements of
/// many streams are gathered into bulk statements (<see cref="StreamBulkWrites"/>).
/// </summary>
internal sealed class StreamWriteExecutor(MeshDatabase database, string provider)
{
    private const string StreamFilter = "provider = @provider AND namespace = @namespace AND stream_key = @key";

    private readonly SqlDialect _dialect = database.Dialect;
    private readonly StreamBulkWrites _bulk = new(database.Dialect, provider);

    public async Task ExecuteAsync(IReadOnlyList<StreamWrite> writes, CancellationToken ct)
    {
        await using var connection = await database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var events = new List<(StreamQueueKey Stream, StoredStreamEvent Event)>();
        var acks = new List<(StreamQueueKey Stream, SubscriptionAck Ack)>();
        foreach (var write in writes)
        {
            switch (write)
            {
                case InsertEvents insert:
                    events.AddRange(insert.Events.Select(e => (insert.Stream, e)));
                    break;
                case UpdateAcks update:
                    acks.AddRange(update.Acks.Select(a => (update.Stream, a)));
                    break;
                default:
                    // Rows queued before this write go first, so the transaction keeps the queue's order.
                    await _bulk.InsertEventsAsync(connection, transaction, events, ct).ConfigureAwait(false);
                    await _bulk.UpdateAcksAsync(connection, transaction, acks, ct).ConfigureAwait(false);
                    await ExecuteOneAsync(connection, transaction, write, ct).ConfigureAwait(false);
                    break;
            }
        }

        await _bulk.InsertEventsAsync(connection, transaction, events, ct).ConfigureAwait(false);
        await _bulk.UpdateAcksAsync(connection, transaction, acks, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    private Task ExecuteOneAsync(DbConnection connection, DbTransaction transaction, StreamWrite write, CancellationToken ct) => write switch
    {
        UpsertSubscription upsert => RunAsync(StreamCommand(connection, transaction, upsert.Stream,
                "INSERT INTO stream_subscriptions (provider, namespace, stream_key, subscription_id, kind, target, element_type, acked_sequence, created_at) "
                + "VALUES (@provider, @namespace, @key, @id, @kind, @target, @elementType, @acked, @now) "
                + "ON CONFLICT (provider, namespace, stream_key, subscription_id) DO UPDATE SET kind = excluded.kind, "
                + "target = excluded.target, element_type = excluded.element_type, acked_sequence = excluded.acked_sequence")
            .AddParameter("@id", upsert.Subscription.Id.ToString("D"))
            .AddParameter("@kind", upsert.Subscription.Kind.ToString())
            .AddParameter("@target", upsert.Subscription.Target)
            .AddParameter("@elementType", upsert.Subscription.ElementType)
            .AddParameter("@acked", upsert.Acked)
            .AddParameter("@now", StreamTime.ToDb(_dialect, DateTimeOffset.UtcNow)), ct),
        DeleteSubscription delete => RunAsync(StreamCommand(connection, transaction, delete.Stream,
                $"DELETE FROM stream_subscriptions WHERE {StreamFilter} AND subscription_id = @id")
            .AddParameter("@id", delete.SubscriptionId.ToString("D")), ct),
        InsertParked parked => RunAsync(ParkCommand(connection, transaction, parked.Parked), ct),
        DeleteParked delete => RunAsync(connection.CreateCommand("DELETE FROM parked_stream_events WHERE provider = @provider AND id = @id", transaction)
            .AddParameter("@provider", provider)
            .AddParameter("@id", delete.Id), ct),
        UpdateParked update => RunAsync(connection.CreateCommand("UPDATE parked_stream_events SET error = @error, attempts = @attempts WHERE provider = @provider AND id = @id", transaction)
            .AddParameter("@provider", provider)
            .AddParameter("@id", update.Id)
            .AddParameter("@error", update.Error)
            .AddParameter("@attempts", update.Attempts), ct),
        TrimEvents trim => RunAsync(StreamCommand(connection, transaction, trim.Stream,
                $"DELETE FROM stream_events WHERE {StreamFilter} AND sequence <= @upTo AND (sequence <= @countLimit OR created_at < @cutoff)")
            .AddParameter("@upTo", trim.UpTo)
            .AddParameter("@countLimit", trim.CountLimit)
            .AddParameter("@cutoff", StreamTime.ToDb(_dialect, trim.Cutoff)), ct),
        _ => throw new InvalidOperationException($"Unknown stream write {write.GetType().Name}."),
    };

    private DbCommand ParkCommand(DbConnection connection, DbTransaction transaction, ParkedStreamEvent parked) =>
        connection.CreateCommand("INSERT INTO parked_stream_events (provider, namespace, stream_key, sequence, subscription_id, subscriber, payload, error, attempts, parked_at) "
                + "VALUES (@provider, @namespace, @key, @sequence, @id, @subscriber, @payload, @error, @attempts, @parkedAt)", transaction)
            .AddParameter("@provider", provider)
            .AddParameter("@namespace", parked.StreamId.Namespace)
            .AddParameter("@key", parked.StreamId.Key)
            .AddParameter("@sequence", parked.Token.Sequence)
            .AddParameter("@id", parked.SubscriptionId.ToString("D"))
            .AddParameter("@subscriber", parked.Subscriber)
            .AddParameter("@payload", parked.Payload.ToArray())
            .AddParameter("@error", parked.Error)
            .AddParameter("@attempts", parked.Attempts)
            .AddParameter("@parkedAt", StreamTime.ToDb(_dialect, parked.ParkedAt));

    private DbCommand StreamCommand(DbConnection connection, DbTransaction transaction, StreamQueueKey stream, string sql) =>
        connection.CreateCommand(sql, transaction)
            .AddParameter("@provider", provider)
            .AddParameter("@namespace", stream.Stream.Namespace)
            .AddParameter("@key", stream.Stream.Key);

    private static async Task RunAsync(DbCommand command, CancellationToken ct)
    {
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }
}
