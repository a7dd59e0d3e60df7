using Mesh.Runtime.Streams.Diagnostics;
using Mesh.Runtime.Streams.Storage;

namespace Mesh.Runtime.Streams.Queue;

/// <summary>Periodic work: saving acknowledged sequences, keeping a lagging stream active, and retention.</summary>
internal sealed partial class StreamQueueGrain
{
    // Long enough to outlast any idle collection while a subscription still has events to receive.
    private static readonly TimeSpan KeepAliveWhileLagging = TimeSpan.FromMinutes(5);

    private void StartUpkeep()
    {
        var options = _runtime.Options;
        RegisterGrainTimer(FlushAcksAsync, options.AckFlushInterval, options.AckFlushInterval);
        if (_runtime.Store.KeepsEvents)
        {
            RegisterGrainTimer(TrimAsync, options.RetentionInterval, options.RetentionInterval);
        }
    }

    private async Task FlushAcksAsync(CancellationToken cancellationToken)
    {
        if (_cursors.Values.Any(c => c.IsLive && c.Acked < _head))
        {
            DelayDeactivation(KeepAliveWhileLagging);
        }

        var moved = _cursors.Values.Where(c => c.Acked > c.SavedAck).Select(c => (Cursor: c, Acked: c.Acked)).ToList();
        if (moved.Count == 0)
        {
            return;
        }

        try
        {
            await _runtime.Store.SaveAcksAsync(_key, [.. moved.Select(m => new SubscriptionAck(m.Cursor.Subscription.Id, m.Acked))]);
            foreach (var (cursor, acked) in moved)
            {
                cursor.SavedAck = Math.Max(cursor.SavedAck, acked);
            }
        }
        catch (Exception error)
        {
            // Unsaved acknowledgements only mean repeats after a crash; the next flush carries them.
            StreamLog.AckFlushFailed(_runtime.Logger, error, _key.ToString());
        }
    }

    private async Task TrimAsync(CancellationToken cancellationToken)
    {
        var options = _runtime.Options;
        // Never past what any subscription (live or waiting for its handler) acknowledged, and never the newest
        // event: it carries the stream's numbering across reactivations.
        var upTo = _cursors.Values.Select(c => c.SavedAck).Append(_head - 1).Min();
        if (upTo <= 0)
        {
            return;
        }

        var countLimit = options.RetentionMaxCount is { } maxCount ? _head - maxCount : 0;
        var cutoff = _runtime.Time.GetUtcNow() - options.RetentionMaxAge;
        try
        {
            await _runtime.Store.TrimAsync(_key, upTo, countLimit, cutoff);
        }
        catch (Exception error)
        {
            StreamLog.TrimFailed(_runtime.Logger, error, _key.ToString());
        }
    }
}
