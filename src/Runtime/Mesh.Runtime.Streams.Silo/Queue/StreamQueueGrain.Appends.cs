using Mesh.Runtime.Streams.Diagnostics;

namespace Mesh.Runtime.Streams.Queue;

/// <summary>The producer side: room in the buffer, numbering, the durable write, and (memory) waiting for delivery.</summary>
internal sealed partial class StreamQueueGrain
{
    private readonly List<PendingAppend> _pending = [];
    private readonly List<(long Sequence, TaskCompletionSource Delivered)> _deliveryWaiters = [];
    private TaskCompletionSource? _roomFreed;
    private Task _appendLoop = Task.CompletedTask;
    private bool _appending;
    private int _pendingEvents;

    public async Task<long> AppendAsync(StreamEventBatch batch)
    {
        var count = batch.Payloads.Length;
        if (count == 0)
        {
            return _head;
        }

        // Back-pressure: wait while the events not yet acknowledged by the slowest live subscription fill the buffer.
        // A batch larger than the buffer still goes through once the buffer is empty.
        while (Occupied > 0 && Occupied + count > _runtime.Options.MaxBufferedEvents)
        {
            _stopping.Token.ThrowIfCancellationRequested();
            _roomFreed ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await _roomFreed.Task;
        }

        var pending = new PendingAppend(batch.Payloads);
        _pending.Add(pending);
        _pendingEvents += count;
        if (!_appending)
        {
            _appending = true;
            _appendLoop = RunDetached(WriteAppendsAsync);
        }

        var last = await pending.Written;
        if (!_runtime.IsDurable && MinLiveAck() < last)
        {
            var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _deliveryWaiters.Add((last, delivered));
            await delivered.Task;
        }

        return last;
    }

    /// <summary>Events held for live subscriptions or waiting to be written.</summary>
    private long Occupied => _head + _pendingEvents - MinLiveAck();

    // The only place sequences are handed out: one batch at a time, numbered from the head, the head moving only after
    // the write, so a failed write leaves no gap: the next batch reuses its numbers.
    private async Task WriteAppendsAsync()
    {
        try
        {
            while (_pending.Count > 0)
            {
                var taken = TakeAppends();
                var events = Number(taken);
                try
                {
                    await _runtime.Store.AppendAsync(_key, events);
                }
                catch (Exception error)
                {
                    StreamLog.AppendFailed(_runtime.Logger, error, _key.ToString(), events.Count);
                    taken.ForEach(p => p.Fail(error));
                    await CatchUpWithStoredHeadAsync();
                    continue;
                }

                _head = events[^1].Sequence;
                _buffer.Add(events);
                _runtime.Instruments.EventsIn(_key.Provider, events.Count);
                var sequence = events[0].Sequence - 1;
                foreach (var append in taken)
                {
                    sequence += append.Payloads.Length;
                    append.Complete(sequence);
                }

                ReleaseBuffer();
                foreach (var cursor in _cursors.Values)
                {
                    cursor.Wake();
                }
            }
        }
        finally
        {
            _appending = false;
        }
    }

    /// <summary>
    /// After a failed write: if storage holds events beyond our head, another activation of this stream wrote them (a
    /// silo declared dead that had not noticed yet, in the window membership leaves), or our write committed though
    /// its answer was lost. Take that numbering over, so our next write does not collide with those rows for ever;
    /// subscriptions read those events from storage.
    /// </summary>
    private async Task CatchUpWithStoredHeadAsync()
    {
        if (!_runtime.Store.KeepsEvents)
        {
            return;
        }

        try
        {
            var stored = await _runtime.Store.LoadAsync(_key, _stopping.Token);
            if (stored.Head > _head)
            {
                StreamLog.HeadMovedElsewhere(_runtime.Logger, _key.ToString(), _head, stored.Head);
                _head = stored.Head;
                // The buffer holds a contiguous run; what lies between its end and the new head is read from storage.
                _buffer.TrimThrough(_head);
                foreach (var cursor in _cursors.Values)
                {
                    cursor.Wake();
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Deactivating: the next activation loads the head anyway.
        }
        catch (Exception error)
        {
            // Storage is failing: the next failed write looks again.
            StreamLog.AppendFailed(_runtime.Logger, error, _key.ToString(), 0);
        }
    }

    private List<PendingAppend> TakeAppends()
    {
        var count = 0;
        var events = 0;
        while (count < _pending.Count && (count == 0 || events + _pending[count].Payloads.Length <= _runtime.Options.MaxWriteBatch))
        {
            events += _pending[count++].Payloads.Length;
        }

        var taken = _pending.GetRange(0, count);
        _pending.RemoveRange(0, count);
        _pendingEvents -= events;
        return taken;
    }

    private List<StoredStreamEvent> Number(List<PendingAppend> appends)
    {
        var now = _runtime.Time.GetUtcNow();
        var sequence = _head;
        return [.. appends.SelectMany(a => a.Payloads).Select(payload => new StoredStreamEvent(++sequence, payload, now))];
    }

    /// <summary>Drops buffered events every live subscription has, and lets waiting producers go on.</summary>
    private void ReleaseBuffer()
    {
        var min = MinLiveAck();
        _buffer.TrimThrough(min);
        var room = _roomFreed;
        _roomFreed = null;
        room?.TrySetResult();
        for (var i = _deliveryWaiters.Count - 1; i >= 0; i--)
        {
            if (_deliveryWaiters[i].Sequence <= min)
            {
                _deliveryWaiters[i].Delivered.TrySetResult();
                _deliveryWaiters.RemoveAt(i);
            }
        }
    }

    private long MinLiveAck()
    {
        var min = _head;
        foreach (var cursor in _cursors.Values)
        {
            if (cursor.IsLive && cursor.Acked < min)
            {
                min = cursor.Acked;
            }
        }

        return min;
    }

    private void FailWaitingProducers(Exception error)
    {
        _roomFreed?.TrySetException(error);
        _roomFreed = null;
        _deliveryWaiters.ForEach(w => w.Delivered.TrySetException(error));
        _deliveryWaiters.Clear();
    }
}
