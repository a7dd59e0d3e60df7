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
            await using var command = connection.CreateCommand("INSERT INTO stream_events (provider, namespace, stream_key, sequence, payload, created_at) "
                    + "SELECT @provider, * FROM unnest(@namespaces, @keys, @sequences, @payloads, @times)", transaction)
                .AddParameter("@provider", provider)
                .AddParameter("@namespaces", events.Select(e => e.Stream.Stream.Namespace).ToArray())
                .AddParameter("@keys", events.Select(e => e.Stream.Stream.Key).ToArray())
                .AddParameter("@sequences", events.Select(e => e.Event.Sequence).ToArray())
                .AddParameter("@payloads", events.Select(e => e.Event.Payload).ToArray())
                .AddParameter("@times", events.Select(e => (DateTimeOffset)StreamTime.ToDb(_dialect, e.Event.Time)).ToArray());
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        else
        {
            await using var command = connection.CreateCommand("INSERT INTO stream_events (provider, namespace, stream_key, sequence, payload, created_at) "
                    + "VALUES (@provider, @namespace, @key, @sequence, @payload, @time)", transaction)
                .AddParameter("@provider", provider).AddParameter("@namespace", null).AddParameter("@key", null)
                .AddParameter("@sequence", null).AddParameter("@payload", null).AddParameter("@time", null);
            foreach (var (stream, e) in events)
            {
                command.SetParameter("@namespace", stream.Stream.Namespace);
                command.SetParameter("@key", stream.Stream.Key);
                command.SetParameter("@sequence", e.Sequence);
                command.SetParameter("@payload", e.Payload);
                command.SetParameter("@time", StreamTime.ToDb(_dialect, e.Time));
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
            await using var command = connection.CreateCommand("UPDATE stream_subscriptions s SET acked_sequence = v.acked "
                    + "FROM unnest(@namespaces, @keys, @ids, @acks) AS v(namespace, stream_key, id, acked) "
                    + "WHERE s.provider = @provider AND s.namespace = v.namespace AND s.stream_key = v.stream_key "
                    + "AND s.subscription_id = v.id AND s.acked_sequence < v.acked", transaction)
                .AddParameter("@provider", provider)
                .AddParameter("@namespaces", acks.Select(a => a.Stream.Stream.Namespace).ToArray())
                .AddParameter("@keys", acks.Select(a => a.Stream.Stream.Key).ToArray())
                .AddParameter("@ids", acks.Select(a => a.Ack.SubscriptionId.ToString("D")).ToArray())
                .AddParameter("@acks", acks.Select(a => a.Ack.Acked).ToArray());
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        else
        {
            await using var command = connection.CreateCommand($"UPDATE stream_subscriptions SET acked_sequence = @acked WHERE {StreamFilter} AND subscription_id = @id AND acked_sequence < @acked",
                    transaction)
                .AddParameter("@provider", provider).AddParameter("@namespace", null).AddParameter("@key", null).AddParameter("@id", null).AddParameter("@acked", null);
            foreach (var (stream, ack) in acks)
            {
                command.SetParameter("@namespace", stream.Stream.Namespace);
                command.SetParameter("@key", stream.Stream.Key);
                command.SetParameter("@id", ack.SubscriptionId.ToString("D"));
                command.SetParameter("@acked", ack.Acked);
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }

        acks.Clear();
    }
}
