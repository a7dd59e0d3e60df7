using System.Collections.Concurrent;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Storage;

/// <summary>
/// The memory provider's store: no events, only each stream's last sequence and subscriptions, so they outlive an
/// idle queue grain but not the process. Parked events are kept up to a fixed number, newest last.
/// </summary>
internal sealed class MemoryStreamStore(string providerName) : IStreamStore
{
    // Enough to inspect a run of failures; an unbounded list would be a leak under a permanently failing subscriber.
    private const int MaxParked = 1000;

    private readonly ConcurrentDictionary<StreamQueueKey, StreamRecord> _streams = new();
    private readonly List<ParkedStreamEvent> _parked = [];
    private long _lastParkedId;

    public bool KeepsEvents => false;

    public Task<StreamSnapshot> LoadAsync(StreamQueueKey stream, CancellationToken ct)
    {
        var record = Record(stream);
        lock (record)
        {
            return Task.FromResult(new StreamSnapshot(
                record.Head, [.. record.Subscriptions.Values.Select(s => new StoredSubscription(s.Subscription, s.Acked))]));
        }
    }

    public Task AppendAsync(StreamQueueKey stream, IReadOnlyList<StoredStreamEvent> events)
    {
        var record = Record(stream);
        lock (record)
        {
            record.Head = Math.Max(record.Head, events[^1].Sequence);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StoredStreamEvent>> ReadAsync(StreamQueueKey stream, long fromSequence, int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<StoredStreamEvent>>([]);

    public Task SaveSubscriptionAsync(StreamQueueKey stream, StreamSubscription subscription, long acked)
    {
        var record = Record(stream);
        lock (record)
        {
            record.Subscriptions[subscription.Id] = new StoredSubscription(subscription, acked);
        }

        return Task.CompletedTask;
    }

    public Task RemoveSubscriptionAsync(StreamQueueKey stream, Guid subscriptionId)
    {
        var record = Record(stream);
        lock (record)
        {
            record.Subscriptions.Remove(subscriptionId);
        }

        return Task.CompletedTask;
    }

    public Task SaveAcksAsync(StreamQueueKey stream, IReadOnlyList<SubscriptionAck> acks)
    {
        var record = Record(stream);
        lock (record)
        {
            foreach (var ack in acks)
            {
                if (record.Subscriptions.TryGetValue(ack.SubscriptionId, out var stored) && stored.Acked < ack.Acked)
                {
                    record.Subscriptions[ack.SubscriptionId] = stored with { Acked = ack.Acked };
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task ParkAsync(ParkedStreamEvent parked)
    {
        lock (_parked)
        {
            _parked.Add(parked with { Id = ++_lastParkedId });
            if (_parked.Count > MaxParked)
            {
                // Oldest entries make room; the parked counter still counts them.
                _parked.RemoveRange(0, _parked.Count - MaxParked);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ParkedStreamEvent>> GetParkedAsync(int limit, ParkedEventFilter filter, CancellationToken ct)
    {
        lock (_parked)
        {
            return Task.FromResult<IReadOnlyList<ParkedStreamEvent>>([.. _parked.Where(filter.Matches).Take(limit)]);
        }
    }

    public Task RemoveParkedAsync(long id)
    {
        lock (_parked)
        {
            _parked.RemoveAll(p => p.Id == id);
        }

        return Task.CompletedTask;
    }

    public Task UpdateParkedAsync(long id, string error, int attempts)
    {
        lock (_parked)
        {
            var index = _parked.FindIndex(p => p.Id == id);
            if (index >= 0)
            {
                _parked[index] = _parked[index] with { Error = error, Attempts = attempts };
            }
        }

        return Task.CompletedTask;
    }

    public Task TrimAsync(StreamQueueKey stream, long upTo, long countLimit, DateTimeOffset cutoff) => Task.CompletedTask;

    public Task<IReadOnlyList<StreamId>> FindPendingStreamsAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<StreamId>>([]);

    public override string ToString() => $"memory streams '{providerName}'";

    private StreamRecord Record(StreamQueueKey stream) => _streams.GetOrAdd(stream, static _ => new StreamRecord());

    private sealed class StreamRecord
    {
        public long Head { get; set; }

        public Dictionary<Guid, StoredSubscription> Subscriptions { get; } = [];
    }
}
