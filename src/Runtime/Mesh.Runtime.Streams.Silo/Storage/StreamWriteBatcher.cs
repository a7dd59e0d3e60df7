using Mesh.Runtime.Streams.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Streams.Storage;

/// <summary>
/// Funnels the writes of every queue grain of a provider into few transactions: while one transaction runs, the
/// next fills up, so under load hundreds of streams share a commit. A batch that fails is retried write by write,
/// so one bad write (say, a stream written by two activations) fails alone. Several transactions may run at once
/// (PostgreSQL); that cannot reorder a stream's events, because its queue grain has one append in flight at a time.
/// </summary>
internal sealed class StreamWriteBatcher(StreamWriteExecutor executor, int maxBatchWeight, int maxConcurrentBatches, ILogger logger)
    : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _disposed = new();
    private List<StreamWrite> _queued = [];
    private readonly List<Task> _flushers = [];
    private int _running;

    public Task WriteAsync(StreamWrite write)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
            _queued.Add(write);
            if (_running < maxConcurrentBatches)
            {
                _running++;
                _flushers.RemoveAll(t => t.IsCompleted);
                _flushers.Add(Task.Run(FlushLoopAsync));
            }
        }

        return write.Done;
    }

    private async Task FlushLoopAsync()
    {
        while (TakeBatch() is { Count: > 0 } batch)
        {
            try
            {
                await executor.ExecuteAsync(batch, _disposed.Token).ConfigureAwait(false);
                batch.ForEach(w => w.Complete());
            }
            catch (Exception error) when (batch.Count > 1 && !_disposed.IsCancellationRequested)
            {
                StreamLog.BatchFailed(logger, error, batch.Count);
                await RunAloneAsync(batch).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                batch.ForEach(w => w.Fail(error));
            }
        }
    }

    private async Task RunAloneAsync(List<StreamWrite> batch)
    {
        foreach (var write in batch)
        {
            try
            {
                await executor.ExecuteAsync([write], _disposed.Token).ConfigureAwait(false);
                write.Complete();
            }
            catch (Exception error)
            {
                write.Fail(error);
            }
        }
    }

    private List<StreamWrite> TakeBatch()
    {
        lock (_lock)
        {
            if (_queued.Count == 0)
            {
                _running--;
                return [];
            }

            var weight = 0;
            var count = 0;
            while (count < _queued.Count && (count == 0 || weight + _queued[count].Weight <= maxBatchWeight))
            {
                weight += _queued[count].Weight;
                count++;
            }

            if (count == _queued.Count)
            {
                var all = _queued;
                _queued = [];
                return all;
            }

            var batch = _queued.GetRange(0, count);
            _queued.RemoveRange(0, count);
            return batch;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task[] flushing;
        lock (_lock)
        {
            flushing = [.. _flushers];
        }

        // Let queued writes finish (graceful stop); new ones are refused from here on.
        await Task.WhenAll(flushing).ConfigureAwait(false);
        lock (_lock)
        {
            _disposed.Cancel();
        }

        _disposed.Dispose();
    }
}
