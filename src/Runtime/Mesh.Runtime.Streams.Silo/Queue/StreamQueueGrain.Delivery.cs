using Mesh.Runtime.Streams.Delivery;
using Mesh.Runtime.Streams.Diagnostics;

namespace Mesh.Runtime.Streams.Queue;

/// <summary>The subscriber side: one loop per live subscription delivers events in order, retries, parks, acknowledges.</summary>
internal sealed partial class StreamQueueGrain
{
    private readonly EventBuffer _buffer = new();

    private void StartDelivery(SubscriptionCursor cursor)
    {
        if (cursor.IsLive && cursor.Loop is null && !_stopping.IsCancellationRequested)
        {
            cursor.Loop = RunDetached(() => DeliverLoopAsync(cursor));
        }
    }

    private async Task DeliverLoopAsync(SubscriptionCursor cursor)
    {
        try
        {
            while (cursor.IsLive && !_stopping.IsCancellationRequested)
            {
                if (cursor.Acked >= _head)
                {
                    await cursor.WaitAsync();
                    continue;
                }

                try
                {
                    await DeliverNextAsync(cursor);
                }
                catch (Exception error) when (!cursor.Stopped.IsCancellationRequested && !_stopping.IsCancellationRequested)
                {
                    // Reading storage or parking failed; the event is still next, so nothing is skipped.
                    StreamLog.DeliveryLoopFailed(_runtime.Logger, error, _key.ToString(), cursor.Subscription.Id);
                    await Pause(_runtime.Options.MaxRetryBackoff, cursor);
                }
            }
        }
        catch (OperationCanceledException) when (cursor.Stopped.IsCancellationRequested || _stopping.IsCancellationRequested)
        {
            // Unsubscribed or deactivating: the loop ends; whatever was not acknowledged is delivered next time.
        }
        finally
        {
            cursor.Loop = null;
        }
    }

    private async Task DeliverNextAsync(SubscriptionCursor cursor)
    {
        var generation = cursor.Generation;
        var item = await NextEventAsync(cursor);
        if (cursor.Generation != generation)
        {
            return;
        }

        if (item is null)
        {
            // Gone from memory (a memory stream that was reactivated) or trimmed by retention: skip to what exists.
            var skipTo = _buffer.FirstSequence is { } first && first - 1 > cursor.Acked ? first - 1 : _head;
            Acknowledge(cursor, skipTo, generation, countsAsDelivered: false);
            return;
        }

        var attempt = 0;
        var unreachable = default(Unreachable);
        while (true)
        {
            // Read each time: a resume may have pointed the subscription at a new receiver meanwhile.
            var target = cursor.Target;
            if (target is null)
            {
                return;
            }

            var started = _runtime.Time.GetUtcNow();
            try
            {
                await target.DeliverAsync(item);
                break;
            }
            catch (Exception error) when (!cursor.Stopped.IsCancellationRequested && !_stopping.IsCancellationRequested)
            {
                if (target.IsUnreachable(error))
                {
                    // Not the event's fault: no attempt is counted and nothing is parked. A receiver that stays
                    // unreachable (a client that went away) loses its subscription instead of holding the stream.
                    unreachable = unreachable.Target == target ? unreachable with { Tries = unreachable.Tries + 1 } : new Unreachable(target, started, 1);
                    if (_runtime.Time.GetUtcNow() - unreachable.Since >= _runtime.Options.UnreachableClientTimeout)
                    {
                        await DropAsync(cursor, target, error, unreachable.Since);
                        return;
                    }

                    StreamLog.SubscriberUnreachable(_runtime.Logger, _key.ToString(), item.Sequence, target.Name, error.Message);
                    await Pause(Backoff(unreachable.Tries), cursor);
                    continue;
                }

                unreachable = default;
                attempt++;
                StreamLog.DeliveryFailed(_runtime.Logger, error, _key.ToString(), item.Sequence, target.Name, attempt, _runtime.Options.MaxDeliveryAttempts);
                if (attempt >= _runtime.Options.MaxDeliveryAttempts)
                {
                    await ParkAsync(cursor, target, item, error, attempt);
                    break;
                }

                await Pause(Backoff(attempt), cursor);
            }
        }

        Acknowledge(cursor, item.Sequence, generation, countsAsDelivered: true);
    }

    private async Task<StoredStreamEvent?> NextEventAsync(SubscriptionCursor cursor)
    {
        var next = cursor.Acked + 1;
        if (_buffer.TryGet(next, out var buffered))
        {
            return buffered;
        }

        var page = cursor.Page;
        var index = page.Count == 0 ? -1 : (int)(next - page[0].Sequence);
        if (index < 0 || index >= page.Count)
        {
            if (!_runtime.Store.KeepsEvents)
            {
                return null;
            }

            page = await _runtime.Store.ReadAsync(_key, next, _runtime.Options.CatchUpPageSize, cursor.Stopped);
            cursor.Page = page;
            index = 0;
        }

        return page.Count > index ? page[index] : null;
    }

    private void Acknowledge(SubscriptionCursor cursor, long sequence, int generation, bool countsAsDelivered)
    {
        if (cursor.Generation != generation || sequence <= cursor.Acked || cursor.Stopped.IsCancellationRequested)
        {
            return;
        }

        cursor.Acked = sequence;
        if (countsAsDelivered)
        {
            _runtime.Instruments.EventOut(_key.Provider);
        }

        if (cursor.Page.Count > 0 && cursor.Page[^1].Sequence <= sequence)
        {
            cursor.Page = [];
        }

        ReleaseBuffer();
    }

    /// <summary>Removes a subscription whose receiver stayed unreachable for the provider's whole allowance.</summary>
    private async Task DropAsync(SubscriptionCursor cursor, IDeliveryTarget target, Exception error, DateTimeOffset since)
    {
        StreamLog.SubscriptionDropped(_runtime.Logger, error, _key.ToString(), cursor.Subscription.Id, target.Name, since);
        _runtime.Instruments.SubscriptionDropped(_key.Provider);
        try
        {
            await RemoveAsync(cursor);
        }
        catch (Exception removeError)
        {
            // The row stays; the next activation loads it and finds the receiver unreachable again.
            StreamLog.DeliveryLoopFailed(_runtime.Logger, removeError, _key.ToString(), cursor.Subscription.Id);
        }
    }

    private async Task ParkAsync(SubscriptionCursor cursor, IDeliveryTarget target, StoredStreamEvent item, Exception error, int attempts)
    {
        var parked = new ParkedStreamEvent(
            0,
            _key.Provider, _key.Stream, new StreamSequenceToken(item.Sequence), cursor.Subscription.Id, target.Name,
            item.Payload, error.ToString(), attempts, _runtime.Time.GetUtcNow());
        await _runtime.Store.ParkAsync(parked);
        _runtime.Instruments.EventParked(_key.Provider);
        StreamLog.EventParked(_runtime.Logger, error, _key.ToString(), item.Sequence, target.Name, attempts);
    }

    private TimeSpan Backoff(int attempt)
    {
        var options = _runtime.Options;
        var delay = options.RetryBackoff * Math.Pow(2, Math.Min(attempt - 1, 16));
        return delay < options.MaxRetryBackoff ? delay : options.MaxRetryBackoff;
    }

    private async Task Pause(TimeSpan delay, SubscriptionCursor cursor)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cursor.Stopped, _stopping.Token);
        await Task.Delay(delay, _runtime.Time, stop.Token);
    }

    /// <summary>Since when deliveries to <see cref="Target"/> found it unreachable, and how often in a row.</summary>
    private readonly record struct Unreachable(IDeliveryTarget? Target, DateTimeOffset Since, int Tries);
}
