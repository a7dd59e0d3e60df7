using System.Collections.Concurrent;

namespace Mesh.Runtime.Invocation;

/// <summary>A call waiting for its response, which the tracker fails when the response timeout passes.</summary>
internal interface IPendingResponse
{
    /// <summary>When the call times out, as a <see cref="TimeProvider"/> timestamp.</summary>
    long Deadline { get; }

    /// <summary>Fails the call with a timeout naming the target, method and chain.</summary>
    void TimeOut();
}

/// <summary>
/// Enforces the response timeout for every call in flight with one periodic sweep, instead of one timer per call.
/// Time comes from the injected <see cref="TimeProvider"/>, so tests advance it without sleeping.
/// </summary>
internal sealed class ResponseTracker : IDisposable
{
    private readonly ConcurrentDictionary<long, IPendingResponse> _pending = new();
    private readonly TimeProvider _time;
    private readonly ITimer _sweep;
    private long _nextId;

    public ResponseTracker(TimeProvider time, TimeSpan responseTimeout)
    {
        _time = time;
        ResponseTimeout = responseTimeout;
        var period = TimeSpan.FromTicks(Math.Clamp(responseTimeout.Ticks / 8, TimeSpan.FromMilliseconds(10).Ticks, TimeSpan.FromSeconds(1).Ticks));
        _sweep = time.CreateTimer(static state => ((ResponseTracker)state!).Sweep(), this, period, period);
    }

    public TimeSpan ResponseTimeout { get; }

    public int Count => _pending.Count;

    /// <summary>The deadline for a call starting now.</summary>
    public long NewDeadline() => _time.GetTimestamp() + (long)(ResponseTimeout.TotalSeconds * _time.TimestampFrequency);

    public long Register(IPendingResponse response)
    {
        var id = Interlocked.Increment(ref _nextId);
        _pending[id] = response;
        return id;
    }

    public void Unregister(long id) => _pending.TryRemove(id, out _);

    private void Sweep()
    {
        var now = _time.GetTimestamp();
        foreach (var (id, response) in _pending)
        {
            if (response.Deadline <= now && _pending.TryRemove(id, out _))
            {
                response.TimeOut();
            }
        }
    }

    public void Dispose() => _sweep.Dispose();
}
