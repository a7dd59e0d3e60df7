using System.Collections.Concurrent;

namespace Mesh.Runtime.Activation;

/// <summary>
/// Runs an activation's work items one at a time on the thread pool. Grain code awaits under this context, so
/// every continuation of every request comes back here: an activation never runs on two threads at once, even
/// when requests interleave.
/// </summary>
internal sealed class ActivationSynchronizationContext : SynchronizationContext, IThreadPoolWorkItem
{
    // How many items one thread-pool visit may run before yielding, so a busy activation cannot starve others.
    private const int BatchSize = 64;

    // Visits go to the thread pool's global (first-in, first-out) queue. A thread's local queue is last-in, first-out:
    // under sustained load an activation queued there waited behind newer work for tens of seconds.
    private const bool PreferLocalQueue = false;

    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private int _scheduled;

    // Bounds how deep calls run inline on their caller's thread, so a chain of synchronous calls cannot overflow the stack.
    private const int MaxInlineDepth = 4;

    [ThreadStatic]
    private static int t_inlineDepth;

    public int QueueLength => _queue.Count;

    /// <summary>
    /// Runs <paramref name="d"/> right here when this context is idle, else queues it. Running a call inline on
    /// its caller's thread saves a thread-pool hop, and when the grain answers synchronously the caller gets its
    /// result without any hop at all. The context still runs one item at a time: the inline run holds the same
    /// flag a thread-pool visit holds.
    /// </summary>
    public void RunOrPost(SendOrPostCallback d, object? state)
    {
        if (t_inlineDepth >= MaxInlineDepth || !_queue.IsEmpty || Interlocked.CompareExchange(ref _scheduled, 1, 0) != 0)
        {
            Post(d, state);
            return;
        }

        var previous = Current;
        t_inlineDepth++;
        SetSynchronizationContext(this);
        try
        {
            d(state);
        }
        finally
        {
            SetSynchronizationContext(previous);
            t_inlineDepth--;
            Release();
        }
    }

    public override void Post(SendOrPostCallback d, object? state)
    {
        _queue.Enqueue((d, state));
        if (Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, PreferLocalQueue);
        }
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Grain code must not block on its own activation; await instead.");

    public override SynchronizationContext CreateCopy() => this;

    public void Execute()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            for (var i = 0; i < BatchSize && _queue.TryDequeue(out var item); i++)
            {
                item.Callback(item.State);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
            Release();
        }
    }

    // Lets the next visit in, and books one if work arrived meanwhile.
    private void Release()
    {
        Volatile.Write(ref _scheduled, 0);
        if (!_queue.IsEmpty && Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, PreferLocalQueue);
        }
    }
}
