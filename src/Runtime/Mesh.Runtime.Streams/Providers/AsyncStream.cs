using Mesh.Runtime.Streams.Delivery;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Providers;

/// <summary>
/// The producer and subscriber side of one stream; every operation is a call to the stream's queue grain, from a silo
/// or through a cluster client's gateway. Handlers are attached where <paramref name="handlers"/> says.
/// </summary>
internal sealed class AsyncStream<T>(string providerName, StreamPayloadCodec codec, IStreamHandlerHost handlers, IMeshStreamQueueGrain queue, StreamId id)
    : IAsyncStream<T>
{
    private static readonly string ElementType = StreamSubscription.ElementTypeName(typeof(T));

    public StreamId Id => id;

    public string ProviderName => providerName;

    public Task OnNextAsync(T item) => queue.AppendAsync(new StreamEventBatch([codec.Encode(item)]));

    public Task OnNextBatchAsync(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var payloads = items.Select(codec.Encode).ToArray();
        return payloads.Length == 0 ? Task.CompletedTask : queue.AppendAsync(new StreamEventBatch(payloads));
    }

    public Task<StreamSubscriptionHandle<T>> SubscribeAsync(Func<T, StreamSequenceToken, Task> onNext, StreamSequenceToken? fromToken = null)
    {
        ArgumentNullException.ThrowIfNull(onNext);
        return SubscribeAsync(Guid.NewGuid(), null, onNext, fromToken, resume: false);
    }

    public Task<StreamSubscriptionHandle<T>> SubscribeAsync(IStreamSubscriber<T> subscriber, StreamSequenceToken? fromToken = null)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return SubscribeAsync(Guid.NewGuid(), subscriber, null, fromToken, resume: false);
    }

    public async Task<IReadOnlyList<StreamSubscriptionHandle<T>>> GetAllSubscriptionHandlesAsync()
    {
        var subscriptions = await queue.GetSubscriptionsAsync().ConfigureAwait(false);
        return [.. subscriptions.Where(s => s.ElementType == ElementType).Select(s => new StreamSubscriptionHandle<T>(this, s.Id))];
    }

    internal Task ResumeAsync(Guid subscriptionId, IStreamSubscriber<T>? subscriber, Func<T, StreamSequenceToken, Task>? onNext, StreamSequenceToken? fromToken) =>
        SubscribeAsync(subscriptionId, subscriber, onNext, fromToken, resume: true);

    internal async Task UnsubscribeAsync(Guid subscriptionId)
    {
        // Stop the local handler first: whatever the queue still sends on its way out is acknowledged without it.
        await handlers.DetachAsync(subscriptionId).ConfigureAwait(false);
        await queue.UnsubscribeAsync(subscriptionId, null).ConfigureAwait(false);
        handlers.Forget(subscriptionId);
    }

    private async Task<StreamSubscriptionHandle<T>> SubscribeAsync(
        Guid subscriptionId, IStreamSubscriber<T>? subscriber, Func<T, StreamSequenceToken, Task>? onNext, StreamSequenceToken? fromToken, bool resume)
    {
        if (subscriber is Grain grain)
        {
            var subscription = new StreamSubscription(subscriptionId, SubscriberKind.Grain, grain.GrainId.ToString(), ElementType);
            await (resume ? queue.ResumeAsync(subscription, After(fromToken)) : queue.SubscribeAsync(subscription, After(fromToken))).ConfigureAwait(false);
            return new StreamSubscriptionHandle<T>(this, subscriptionId);
        }

        var handler = new StreamHandler<T>(onNext ?? subscriber!.OnNextAsync);
        var attached = handlers.Attach(subscriptionId, ElementType, handler, queue);
        try
        {
            await (resume ? queue.ResumeAsync(attached, After(fromToken)) : queue.SubscribeAsync(attached, After(fromToken))).ConfigureAwait(false);
        }
        catch
        {
            await handlers.DetachAsync(subscriptionId).ConfigureAwait(false);
            handlers.Forget(subscriptionId);
            throw;
        }

        return new StreamSubscriptionHandle<T>(this, subscriptionId);
    }

    // A subscription records the last sequence it has; starting from token n means "after n - 1".
    private static long? After(StreamSequenceToken? fromToken) => fromToken is { } token ? Math.Max(0, token.Sequence - 1) : null;
}
