namespace Mesh.Runtime.Messaging;

/// <summary>Closing a connection without losing a request: the go-away exchange and the count of unanswered requests.</summary>
internal sealed partial class Connection
{
    /// <summary>Whether either side said it is going away: no new requests may be sent on this connection.</summary>
    public bool IsDraining => Volatile.Read(ref _draining) != 0;

    /// <summary>Counts a received request until its reply is queued, so a graceful close can wait for the replies.</summary>
    public void RequestReceived() => Interlocked.Increment(ref _inFlight);

    /// <summary>Ends what <see cref="RequestReceived"/> started.</summary>
    public void ReplyQueued() => Interlocked.Decrement(ref _inFlight);

    /// <summary>
    /// Closes without losing a request: tells the peer to send nothing more, waits for its echo (after which no request
    /// can arrive) and for the replies to the requests already received, then sends what is queued and closes.
    /// </summary>
    public async Task GoAwayAsync(TimeSpan timeout)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Interlocked.Exchange(ref _draining, 1);
        await SendAsync(new Message { Kind = MessageKind.GoAway }).ConfigureAwait(false);
        await Task.WhenAny(_goAwayAcknowledged.Task, Closed, Task.Delay(timeout)).ConfigureAwait(false);
        while (Volatile.Read(ref _inFlight) > 0 && watch.Elapsed < timeout && !IsClosed)
        {
            await Task.Delay(10).ConfigureAwait(false);
        }

        await CloseGracefullyAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
    }

    private void OnGoAway()
    {
        if (Interlocked.Exchange(ref _draining, 1) == 0)
        {
            // The peer is going away: echo once, as the last frame this side sends on the connection.
            _ = SendAsync(new Message { Kind = MessageKind.GoAway }).AsTask().ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }
        else
        {
            _goAwayAcknowledged.TrySetResult();
        }
    }
}
