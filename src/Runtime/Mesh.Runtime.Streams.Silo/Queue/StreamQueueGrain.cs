using Mesh.Runtime.Streams.Delivery;
using Mesh.Runtime.Streams.Providers;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.Streams.Queue;

/// <summary>
/// Owns one stream: numbers and stores its events (<c>.Appends.cs</c>), delivers them to each subscription in order
/// (<c>.Delivery.cs</c>), and saves progress and applies retention (<c>.Upkeep.cs</c>).
/// </summary>
/// <remarks>
/// Reentrant so that producers, subscription changes and delivery share the activation without waiting on each
/// other: a producer waiting for buffer room must not block the unsubscribe that would make room. Interleaving is
/// safe because every field is touched only on the activation's single thread, each method re-reads state after
/// each await, sequence numbers are handed out only by the one append loop, and cursors move forward only through
/// <see cref="Acknowledge"/>, which checks the cursor was not moved meanwhile.
/// </remarks>
[Reentrant]
internal sealed partial class StreamQueueGrain : Grain, IMeshStreamQueueGrain
{
    private readonly Dictionary<Guid, SubscriptionCursor> _cursors = [];
    private readonly CancellationTokenSource _stopping = new();
    private StreamProviderRuntime _runtime = null!;
    private StreamQueueKey _key;
    private long _head;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _key = StreamQueueKey.Parse(GetPrimaryKeyString());
        _runtime = ServiceProvider.GetKeyedService<StreamProviderRuntime>(_key.Provider)
            ?? throw new InvalidOperationException($"No stream provider named '{_key.Provider}' is registered in this silo.");
        var snapshot = await _runtime.Store.LoadAsync(_key, cancellationToken);
        _head = snapshot.Head;
        foreach (var stored in snapshot.Subscriptions)
        {
            AddCursor(stored.Subscription, stored.Acked);
        }

        // A new implicit subscriber starts at the current end; its row is saved before any event could be appended,
        // so a crash before the first acknowledgement cannot make it skip events.
        foreach (var subscriber in _runtime.ImplicitSubscribers.For(_key.Stream.Namespace).Where(s => !_cursors.ContainsKey(s.SubscriptionId)))
        {
            var subscription = new StreamSubscription(
                subscriber.SubscriptionId, SubscriberKind.Implicit, subscriber.GrainType, StreamSubscription.ElementTypeName(subscriber.ElementType));
            await _runtime.Store.SaveSubscriptionAsync(_key, subscription, _head);
            AddCursor(subscription, _head);
        }

        StartUpkeep();
        foreach (var cursor in _cursors.Values)
        {
            StartDelivery(cursor);
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        FailWaitingProducers(new InvalidOperationException($"Stream {_key} is deactivating; publish again."));
        foreach (var cursor in _cursors.Values)
        {
            cursor.Stop();
        }

        await Task.WhenAll(_cursors.Values.Select(c => c.Loop ?? Task.CompletedTask).Append(_appendLoop));
        await FlushAcksAsync(CancellationToken.None);
        foreach (var cursor in _cursors.Values)
        {
            _runtime.Instruments.UntrackLag(cursor);
        }
    }

    public async Task SubscribeAsync(StreamSubscription subscription, long? afterSequence)
    {
        if (_cursors.ContainsKey(subscription.Id))
        {
            return;
        }

        var acked = Math.Min(afterSequence ?? _head, _head);
        await _runtime.Store.SaveSubscriptionAsync(_key, subscription, acked);
        StartDelivery(AddCursor(subscription, acked));
    }

    public async Task ResumeAsync(StreamSubscription subscription, long? afterSequence)
    {
        var cursor = _cursors.GetValueOrDefault(subscription.Id)
            ?? throw new KeyNotFoundException($"Stream {_key} has no subscription {subscription.Id:D}.");
        // A new receiver (a handler registered again, another client's observer) replaces the stored one; implicit
        // subscriptions always deliver to their grain.
        var retarget = cursor.Subscription.Kind != SubscriberKind.Implicit && cursor.Subscription != subscription;
        if (retarget)
        {
            cursor.Subscription = subscription;
        }

        cursor.Target = _runtime.Targets.Resolve(cursor.Subscription, _key.Stream);
        if (afterSequence is { } after)
        {
            cursor.Acked = Math.Min(after, _head);
            cursor.Generation++;
            cursor.Page = [];
        }

        if (retarget || afterSequence is not null)
        {
            await _runtime.Store.SaveSubscriptionAsync(_key, cursor.Subscription, cursor.Acked);
            cursor.SavedAck = cursor.Acked;
        }

        StartDelivery(cursor);
        cursor.Wake();
    }

    public async Task UnsubscribeAsync(Guid subscriptionId, string? onlyIfTarget)
    {
        if (_cursors.GetValueOrDefault(subscriptionId) is { } cursor && (onlyIfTarget is null || cursor.Subscription.Target == onlyIfTarget))
        {
            await RemoveAsync(cursor);
        }
    }

    public Task<StreamSubscription[]> GetSubscriptionsAsync() =>
        Task.FromResult(_cursors.Values.Select(c => c.Subscription).Where(s => s.Kind != SubscriberKind.Implicit).ToArray());

    // Activation did the work: loading the subscriptions starts their delivery.
    public Task WakeAsync() => Task.CompletedTask;

    /// <summary>Ends a subscription: its delivery stops at once, it holds back no producer, and its row is deleted.</summary>
    private async Task RemoveAsync(SubscriptionCursor cursor)
    {
        if (_cursors.GetValueOrDefault(cursor.Subscription.Id) != cursor)
        {
            return;
        }

        _cursors.Remove(cursor.Subscription.Id);
        cursor.Stop();
        _runtime.Instruments.UntrackLag(cursor);
        ReleaseBuffer();
        await _runtime.Store.RemoveSubscriptionAsync(_key, cursor.Subscription.Id);
    }

    private SubscriptionCursor AddCursor(StreamSubscription subscription, long acked)
    {
        var cursor = new SubscriptionCursor(subscription, acked, _key.Provider, _key.Stream.ToString(), () => Volatile.Read(ref _head))
        {
            Target = _runtime.Targets.Resolve(subscription, _key.Stream),
        };
        _cursors[subscription.Id] = cursor;
        _runtime.Instruments.TrackLag(cursor);
        return cursor;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on this activation but outside the request that started it: it must not carry the
    /// request's call chain into the grain calls it makes, nor end with the request.
    /// </summary>
    private static Task RunDetached(Func<Task> work)
    {
        var scheduler = SynchronizationContext.Current is null ? TaskScheduler.Current : TaskScheduler.FromCurrentSynchronizationContext();
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler).Unwrap();
        }
    }
}
