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
            .With("@id", upsert.Subscription.Id.ToString("D"))
            .With("@kind", upsert.Subscription.Kind.ToString())
            .With("@target", upsert.Subscription.Target)
            .With("@elementType", upsert.Subscription.ElementType)
            .With("@acked", upsert.Acked)
            .With("@now", StreamTime.ToDb(_dialect, DateTimeOffset.UtcNow)), ct),
        DeleteSubscription delete => RunAsync(StreamCommand(connection, transaction, delete.Stream,
                $"DELETE FROM stream_subscriptions WHERE {StreamFilter} AND subscription_id = @id")
            .With("@id", delete.SubscriptionId.ToString("D")), ct),
        InsertParked parked => RunAsync(ParkCommand(connection, transaction, parked.Parked), ct),
        DeleteParked delete => RunAsync(DbCommands.Create(connection, "DELETE FROM parked_stream_events WHERE provider = @provider AND id = @id", transaction)
            .With("@provider", provider)
            .With("@id", delete.Id), ct),
        UpdateParked update => RunAsync(DbCommands.Create(connection,
                "UPDATE parked_stream_events SET error = @error, attempts = @attempts WHERE provider = @provider AND id = @id", transaction)
            .With("@provider", provider)
            .With("@id", update.Id)
            .With("@error", update.Error)
            .With("@attempts", update.Attempts), ct),
        TrimEvents trim => RunAsync(StreamCommand(connection, transaction, trim.Stream,
                $"DELETE FROM stream_events WHERE {StreamFilter} AND sequence <= @upTo AND (sequence <= @countLimit OR created_at < @cutoff)")
            .With("@upTo", trim.UpTo)
            .With("@countLimit", trim.CountLimit)
            .With("@cutoff", StreamTime.ToDb(_dialect, trim.Cutoff)), ct),
        _ => throw new InvalidOperationException($"Unknown stream write {write.GetType().Name}."),
    };

    private DbCommand ParkCommand(DbConnection connection, DbTransaction transaction, ParkedStreamEvent parked) =>
        DbCommands.Create(connection,
                "INSERT INTO parked_stream_events (provider, namespace, stream_key, sequence, subscription_id, subscriber, payload, error, attempts, parked_at) "
                + "VALUES (@provider, @namespace, @key, @sequence, @id, @subscriber, @payload, @error, @attempts, @parkedAt)", transaction)
            .With("@provider", provider)
            .With("@namespace", parked.StreamId.Namespace)
            .With("@key", parked.StreamId.Key)
            .With("@sequence", parked.Token.Sequence)
            .With("@id", parked.SubscriptionId.ToString("D"))
            .With("@subscriber", parked.Subscriber)
            .With("@payload", parked.Payload.ToArray())
            .With("@error", parked.Error)
            .With("@attempts", parked.Attempts)
            .With("@parkedAt", StreamTime.ToDb(_dialect, parked.ParkedAt));

    private DbCommand StreamCommand(DbConnection connection, DbTransaction transaction, StreamQueueKey stream, string sql) =>
        DbCommands.Create(connection, sql, transaction)
            .With("@provider", provider)
            .With("@namespace", stream.Stream.Namespace)
            .With("@key", stream.Stream.Key);

    private static async Task RunAsync(DbCommand command, CancellationToken ct)
    {
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }
}
