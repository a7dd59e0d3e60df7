namespace Mesh.Grains.Database;

/// <summary>
/// Group commit: the items that arrive while one transaction runs go together in the next, and each caller still
/// learns, after the commit, its own item's result. SQLite takes one writer at a time, so a transaction per item would
/// spend the write turn on commits. A batch that fails is retried item by item, so one bad item fails alone.
/// </summary>
/// <param name="write">Writes a batch in one transaction and returns each item's result, in order.</param>
/// <param name="maxBatch">Bounds how long one transaction keeps the other writers (grain state, reminders) waiting.</param>
internal sealed class GroupCommit<TItem, TResult>(Func<IReadOnlyList<TItem>, Task<TResult[]>> write, int maxBatch)
{
    private readonly Lock _lock = new();
    private List<Pending> _queued = [];
    private bool _flushing;

    /// <summary>Writes the item with the next commit; completes with its result once committed.</summary>
    public Task<TResult> AddAsync(TItem item)
    {
        var pending = new Pending(item);
        lock (_lock)
        {
            _queued.Add(pending);
            if (!_flushing)
            {
                _flushing = true;
                // The flusher serves every caller, so it carries none's execution context.
                using (ExecutionContext.SuppressFlow())
                {
                    _ = Task.Run(FlushLoopAsync);
                }
            }
        }

        return pending.Done.Task;
    }

    private async Task FlushLoopAsync()
    {
        while (Take() is { Count: > 0 } batch)
        {
            try
            {
                Complete(batch, await write([.. batch.Select(p => p.Item)]).ConfigureAwait(false));
            }
            catch (Exception) when (batch.Count > 1)
            {
                foreach (var pending in batch)
                {
                    await WriteAloneAsync(pending).ConfigureAwait(false);
                }
            }
            catch (Exception error)
            {
                batch[0].Done.TrySetException(error);
            }
        }
    }

    private async Task WriteAloneAsync(Pending pending)
    {
        try
        {
            Complete([pending], await write([pending.Item]).ConfigureAwait(false));
        }
        catch (Exception error)
        {
            pending.Done.TrySetException(error);
        }
    }

    private List<Pending> Take()
    {
        lock (_lock)
        {
            if (_queued.Count == 0)
            {
                _flushing = false;
                return [];
            }

            if (_queued.Count <= maxBatch)
            {
                var all = _queued;
                _queued = [];
                return all;
            }

            var batch = _queued.GetRange(0, maxBatch);
            _queued.RemoveRange(0, maxBatch);
            return batch;
        }
    }

    private static void Complete(List<Pending> batch, TResult[] results)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done.TrySetResult(results[i]);
        }
    }

    private sealed record Pending(TItem Item)
    {
        public TaskCompletionSource<TResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
