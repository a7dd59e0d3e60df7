using System.Collections.Concurrent;

namespace Mesh.Grains.Tests.Fakes;

/// <summary>
/// Records every delay shorter than <see cref="RealTimeFrom"/> and lets it pass at once, so backoff is asserted without
/// waiting. Longer timers, such as the per-attempt timeouts the tests set to minutes, run on the real clock.
/// </summary>
public sealed class InstantDelayTimeProvider : TimeProvider
{
    public static readonly TimeSpan RealTimeFrom = TimeSpan.FromMinutes(1);

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime >= RealTimeFrom || dueTime == Timeout.InfiniteTimeSpan)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        Delays.Enqueue(dueTime);
        return new FiredTimer(callback, state);
    }

    private sealed class FiredTimer : ITimer
    {
        public FiredTimer(TimerCallback callback, object? state) => ThreadPool.QueueUserWorkItem(_ => callback(state));

        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
            // Nothing to release: the callback was queued once and owns no resources.
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
