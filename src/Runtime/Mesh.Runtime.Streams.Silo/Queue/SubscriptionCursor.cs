using Mesh.Runtime.Streams.Delivery;
using Mesh.Runtime.Streams.Diagnostics;

namespace Mesh.Runtime.Streams.Queue;

/// <summary>
/// A subscription's progress inside its queue grain: the last sequence it acknowledged, the last one saved, where it
/// delivers, and its delivery loop. Touched only on the grain's activation, except <see cref="Lag"/> (metrics thread).
/// </summary>
internal sealed class SubscriptionCursor(StreamSubscription subscription, long acked, string provider, string stream, Func<long> head)
    : ILagSource
{
    // Never disposed: it has no timer, and a delivery loop may still read its token after the cursor is dropped.
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource? _wake;
    private long _acked = acked;

    /// <summary>The subscription; replaced when it is resumed with another receiver.</summary>
    public StreamSubscription Subscription { get; set; } = subscription;

    public long Acked
    {
        get => Volatile.Read(ref _acked);
        set => Volatile.Write(ref _acked, value);
    }

    /// <summary>The acknowledged sequence storage holds.</summary>
    public long SavedAck { get; set; } = acked;

    /// <summary>Bumped when the cursor is moved by hand (resume from a token), so a delivery in flight does not move it back.</summary>
    public int Generation { get; set; }

    /// <summary>Where events go; null while unreachable from here (a handler not registered in this process).</summary>
    public IDeliveryTarget? Target { get; set; }

    public Task? Loop { get; set; }

    /// <summary>Events read ahead from storage while catching up.</summary>
    public IReadOnlyList<StoredStreamEvent> Page { get; set; } = [];

    public CancellationToken Stopped => _stop.Token;

    public bool IsLive => Target is not null && !_stop.IsCancellationRequested;

    public string Provider { get; } = provider;

    public string Stream { get; } = stream;

    public string SubscriptionId => Subscription.Id.ToString("D");

    public long Lag => Math.Max(0, head() - Acked);

    /// <summary>Completes at the next <see cref="Wake"/>.</summary>
    public Task WaitAsync() => (_wake ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Wake()
    {
        var wake = _wake;
        _wake = null;
        wake?.TrySetResult();
    }

    public void Stop()
    {
        _stop.Cancel();
        Wake();
    }
}
