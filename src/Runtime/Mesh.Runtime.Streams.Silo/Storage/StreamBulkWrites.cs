using System.Data.Common;
using Mesh.Runtime.AdoNet;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Storage;

/// <summary>
/// The statements that carry many streams' rows at once: on PostgreSQL one statement per kind with the values as
/// arrays unnested server-side; on SQLite, in process, one prepared statement run per row. Each clears its list.
/// </summary>
internal sealed class StreamBulkWrites(SqlDialect dialect, string provider)
{
    private const string StreamFilter = "provider = @provider AND namespace = @namespace AND stream_key = @key";

    private readonly SqlDialect _dialect = dialect;

    public async Task InsertEventsAsync(
        DbConnection connection, DbTransaction transaction, List<(StreamQueueKey Stream, StoredStreamEvent Event)> events, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return;
        }

        if (_dialect == SqlDialect.PostgreSql)
        {
            await using var command = DbCommands.Create(connection,
                    "INSERT INTO stream_events (provider, namespace, stream_key, sequence, payload, created_at) "
                    + "SELECT @provider, * FROM unnest(@namespaces, @keys, @sequences, @payloads, @times)", transaction)
                .With("@provider", provider)
                .With("@namespaces", events.Select(e => e.Stream.Stream.Namespace).ToArray())
                .With("@keys", events.Select(e => e.Stream.Stream.Key).ToArray())
                .With("@sequences", events.Select(e => e.Event.Sequence).ToArray())
                .With("@payloads", events.Select(e => e.Event.Payload).ToArray())
                .With("@times", events.Select(e => (DateTimeOffset)StreamTime.ToDb(_dialect, e.Event.Time)).ToArray());
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        else
        {
            await using var command = DbCommands.Create(connection,
                    "INSERT INTO stream_events (provider, namespace, stream_key, sequence, payload, created_at) "
                    + "VALUES (@provider, @namespace, @key, @sequence, @payload, @time)", transaction)
                .With("@provider", provider).With("@namespace", null).With("@key", null)
                .With("@sequence", null).With("@payload", null).With("@time", null);
            foreach (var (stream, e) in events)
            {
                command.Set("@namespace", stream.Stream.Namespace);
                command.Set("@key", stream.Stream.Key);
                command.Set("@sequence", e.Sequence);
                command.Set("@payload", e.Payload);
                command.Set("@time", StreamTime.ToDb(_dialect, e.Time));
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }

        events.Clear();
    }

    // Acknowledgements only move forward: a late flush from an older activation must not rewind a newer one's progress.
    public async Task UpdateAcksAsync(
        DbConnection connection, DbTransaction transaction, List<(StreamQueueKey Stream, SubscriptionAck Ack)> acks, CancellationToken ct)
    {
        if (acks.Count == 0)
        {
            return;
        }

        if (_dialect == SqlDialect.PostgreSql)
        {
            await using var command = DbCommands.Create(connection,
                    "UPDATE stream_subscriptions s SET acked_sequence = v.acked "
                    + "FROM unnest(@namespaces, @keys, @ids, @acks) AS v(namespace, stream_key, id, acked) "
                    + "WHERE s.provider = @provider AND s.namespace = v.namespace AND s.stream_key = v.stream_key "
                    + "AND s.subscription_id = v.id AND s.acked_sequence < v.acked", transaction)
                .With("@provider", provider)
                .With("@namespaces", acks.Select(a => a.Stream.Stream.Namespace).ToArray())
                .With("@keys", acks.Select(a => a.Stream.Stream.Key).ToArray())
                .With("@ids", acks.Select(a => a.Ack.SubscriptionId.ToString("D")).ToArray())
                .With("@acks", acks.Select(a => a.Ack.Acked).ToArray());
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        else
        {
            await using var command = DbCommands.Create(connection,
                    $"UPDATE stream_subscriptions SET acked_sequence = @acked WHERE {StreamFilter} AND subscription_id = @id AND acked_sequence < @acked",
                    transaction)
                .With("@provider", provider).With("@namespace", null).With("@key", null).With("@id", null).With("@acked", null);
            foreach (var (stream, ack) in acks)
            {
                command.Set("@namespace", stream.Stream.Namespace);
                command.Set("@key", stream.Stream.Key);
                command.Set("@id", ack.SubscriptionId.ToString("D"));
                command.Set("@acked", ack.Acked);
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }

        acks.Clear();
    }
}
