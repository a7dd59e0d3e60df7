using Mesh.Runtime.Streams.Diagnostics;

namespace Mesh.Runtime.Streams.Queue;

/// <summary>Parked events delivered once more, on request of ops (see <c>IStreamProvider.ReplayParkedAsync</c>).</summary>
internal sealed partial class StreamQueueGrain
{
    // Beside the subscription's delivery loop, not in it: the event is old (the subscriber has seen later tokens), and
    // a replay must not wait behind a backlog nor hold it up. One attempt; the caller keeps the event parked on failure.
    public async Task<string?> RedeliverAsync(Guid subscriptionId, long sequence, byte[] payload)
    {
        if (!_cursors.TryGetValue(subscriptionId, out var cursor))
        {
            return $"Subscription {subscriptionId:D} of stream {_key} no longer exists.";
        }

        var target = cursor.Target ?? _runtime.Targets.Resolve(cursor.Subscription, _key.Stream);
        if (target is null)
        {
            return $"Subscription {subscriptionId:D} of stream {_key} has no receiver attached (its handler's process has not resumed it).";
        }

        try
        {
            await target.DeliverAsync(new StoredStreamEvent(sequence, payload, _runtime.Time.GetUtcNow()));
            _runtime.Instruments.EventReplayed(_key.Provider);
            return null;
        }
        catch (Exception error)
        {
            StreamLog.ReplayFailed(_runtime.Logger, error, _key.ToString(), sequence, target.Name);
            return error.ToString();
        }
    }
}
