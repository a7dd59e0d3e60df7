using System.Collections.Concurrent;

namespace Mesh.Runtime.Messaging;

/// <summary>
/// Correlates responses with requests by message id, fails calls whose connection closed, and enforces the response
/// timeout with one periodic sweep rather than a timer per call.
/// </summary>
internal sealed class CallTracker : IDisposable
{
    private readonly ConcurrentDictionary<long, IPendingCall> _pending = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _responseTimeout;
    private readonly ITimer _sweep;
    private long _nextId;

    public CallTracker(TimeProvider time, TimeSpan responseTimeout)
    {
        _time = time;
        _responseTimeout = responseTimeout;
        ResponseTimeoutTicks = (long)(responseTimeout.TotalSeconds * time.TimestampFrequency);
        var period = TimeSpan.FromTicks(Math.Clamp(responseTimeout.Ticks / 10, TimeSpan.FromMilliseconds(10).Ticks, TimeSpan.FromSeconds(1).Ticks));
        _sweep = time.CreateTimer(static state => ((CallTracker)state!).Sweep(), this, period, period);
    }

    public TimeProvider Time => _time;

    public TimeSpan ResponseTimeout => _responseTimeout;

    /// <summary>The response timeout in timestamp units.</summary>
    public long ResponseTimeoutTicks { get; }

    public int Count => _pending.Count;

    public long NextId() => Interlocked.Increment(ref _nextId);

    public void Add(long id, IPendingCall call) => _pending[id] = call;

    public void Remove(long id) => _pending.TryRemove(id, out _);

    /// <summary>Completes the call a response belongs to; a late response for a timed-out call is dropped.</summary>
    public void OnResponse(Message response)
    {
        if (_pending.TryRemove(response.Id, out var call))
        {
            call.OnResponse(response);
        }
    }

    /// <summary>Fails every call sent over a connection that closed: their responses can no longer arrive.</summary>
    public void OnConnectionClosed(Connection connection)
    {
        foreach (var (id, call) in _pending)
        {
            if (call.Connection == connection && _pending.TryRemove(id, out _))
            {
                // Sent means possibly run: not retried, so each call runs at most once.
                call.OnFailure(new SiloUnavailableException(
                    $"{call.Describe()}: the connection to {connection.Peer} closed before the response arrived.", wasDelivered: true));
            }
        }
    }

    public void Sweep()
    {
        var now = _time.GetTimestamp();
        foreach (var (id, call) in _pending)
        {
            if (now >= call.Deadline && _pending.TryRemove(id, out _))
            {
                call.OnFailure(new GrainCallTimeoutException($"{call.Describe()} got no response within {_responseTimeout}."));
            }
        }
    }

    public void Dispose() => _sweep.Dispose();
}
