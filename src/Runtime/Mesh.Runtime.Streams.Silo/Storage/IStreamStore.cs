using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Storage;

/// <summary>
/// Where a provider keeps what its queue grains must not lose: events (durable only), subscriptions with the
/// sequence each has acknowledged, and parked events. Shared by every queue grain of the provider in this silo.
/// </summary>
internal interface IStreamStore
{
    /// <summary>Whether events are kept, so a subscription can catch up from the store.</summary>
    bool KeepsEvents { get; }

    /// <summary>The stream's last sequence and its subscriptions.</summary>
    Task<StreamSnapshot> LoadAsync(StreamQueueKey stream, CancellationToken ct);

    /// <summary>Stores events; completes when they are committed.</summary>
    Task AppendAsync(StreamQueueKey stream, IReadOnlyList<StoredStreamEvent> events);

    /// <summary>Reads up to <paramref name="max"/> events from <paramref name="fromSequence"/> on, in order.</summary>
    Task<IReadOnlyList<StoredStreamEvent>> ReadAsync(StreamQueueKey stream, long fromSequence, int max, CancellationToken ct);

    /// <summary>Adds or replaces a subscription with the sequence it has acknowledged.</summary>
    Task SaveSubscriptionAsync(StreamQueueKey stream, StreamSubscription subscription, long acked);

    /// <summary>Removes a subscription.</summary>
    Task RemoveSubscriptionAsync(StreamQueueKey stream, Guid subscriptionId);

    /// <summary>Moves acknowledged sequences forward (never back).</summary>
    Task SaveAcksAsync(StreamQueueKey stream, IReadOnlyList<SubscriptionAck> acks);

    /// <summary>Sets an event aside after its last failed delivery; the store gives it its id.</summary>
    Task ParkAsync(ParkedStreamEvent parked);

    /// <summary>Parked events of the provider that pass <paramref name="filter"/>, oldest first.</summary>
    Task<IReadOnlyList<ParkedStreamEvent>> GetParkedAsync(int limit, ParkedEventFilter filter, CancellationToken ct);

    /// <summary>Deletes a parked event (it was replayed).</summary>
    Task RemoveParkedAsync(long id);

    /// <summary>Records a failed replay of a parked event: its new error and attempt count.</summary>
    Task UpdateParkedAsync(long id, string error, int attempts);

    /// <summary>Deletes events up to <paramref name="upTo"/> that are beyond the count limit or older than the cutoff.</summary>
    Task TrimAsync(StreamQueueKey stream, long upTo, long countLimit, DateTimeOffset cutoff);

    /// <summary>Streams with stored events some subscription has not acknowledged, to wake after a restart.</summary>
    Task<IReadOnlyList<StreamId>> FindPendingStreamsAsync(CancellationToken ct);
}

/// <summary>What a queue grain loads on activation.</summary>
internal sealed record StreamSnapshot(long Head, IReadOnlyList<StoredSubscription> Subscriptions);

/// <summary>A subscription and the last sequence it acknowledged.</summary>
internal sealed record StoredSubscription(StreamSubscription Subscription, long Acked);

/// <summary>A subscription's new acknowledged sequence.</summary>
internal readonly record struct SubscriptionAck(Guid SubscriptionId, long Acked);
