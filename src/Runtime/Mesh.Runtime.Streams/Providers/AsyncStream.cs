using Mesh.Runtime.Streams.Delivery;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Providers;

/// <summary>The producer and subscriber side of one stream; every operation is a call to the stream's queue grain.</summary>
internal sealed class AsyncStream<T>(StreamProviderRuntime runtime, IMeshStreamQueueGrain queue, StreamId id) : IAsyncStream<T>
{
    private static readonly string ElementType = DeliveryTargetResolver.ElementTypeName(typeof(T));

    public StreamId Id => id;

    public string ProviderName => runtime.Name;

    public Task OnNextAsync(T item) => queue.AppendAsync(new StreamEventBatch([runtime.Codec.Encode(item)]));

    public Task OnNextBatchAsync(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var payloads = items.Select(runtime.Codec.Encode).ToArray();
        return payloads.Length == 0 ? Task.CompletedTask : queue.AppendAsync(new StreamEventBatch(payloads));
    }

    public Task<StreamSubscriptionHandle<T>> SubscribeAsync(Func<T, StreamSequenceToken, Task> onNext, StreamSequenceToken? fromToken = null)
    {
        ArgumentNullException.ThrowIfNull(onNext);
        return SubscribeHandlerAsync(onNext, fromToken);
    }

    public Task<StreamSubscriptionHandle<T>> SubscribeAsync(IStreamSubscriber<T> subscriber, StreamSequenceToken? fromToken = null)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return subscriber is Grain grain ? SubscribeGrainAsync(grain.GrainId, fromToken) : SubscribeHandlerAsync(subscriber.OnNextAsync, fromToken);
    }

    public async Task<IReadOnlyList<StreamSubscriptionHandle<T>>> GetAllSubscriptionHandlesAsync()
    {
        var subscriptions = await queue.GetSubscriptionsAsync().ConfigureAwait(false);
        return [.. subscriptions.Where(s => s.ElementType == ElementType).Select(s => new StreamSubscriptionHandle<T>(this, s.Id))];
    }

    internal async Task ResumeAsync(Guid subscriptionId, IStreamSubscriber<T>? subscriber, Func<T, StreamSequenceToken, Task>? onNext, StreamSequenceToken? fromToken)
    {
        if (subscriber is not Grain)
        {
            runtime.Handlers.Register(subscriptionId, Handler(subscriptionId, onNext ?? subscriber!.OnNextAsync));
        }

        await queue.ResumeAsync(subscriptionId, After(fromToken)).ConfigureAwait(false);
    }

    internal async Task UnsubscribeAsync(Guid subscriptionId)
    {
        // Stop local delivery first: whatever the queue still sends on its way out finds no handler.
        runtime.Handlers.Remove(subscriptionId);
        await queue.UnsubscribeAsync(subscriptionId).ConfigureAwait(false);
    }

    private async Task<StreamSubscriptionHandle<T>> SubscribeHandlerAsync(Func<T, StreamSequenceToken, Task> onNext, StreamSequenceToken? fromToken)
    {
        var subscriptionId = Guid.NewGuid();
        runtime.Handlers.Register(subscriptionId, Handler(subscriptionId, onNext));
        try
        {
            await queue.SubscribeAsync(new StreamSubscription(subscriptionId, SubscriberKind.Handler, string.Empty, ElementType), After(fromToken))
                .ConfigureAwait(false);
        }
        catch
        {
            runtime.Handlers.Remove(subscriptionId);
            throw;
        }

        return new StreamSubscriptionHandle<T>(this, subscriptionId);
    }

    private async Task<StreamSubscriptionHandle<T>> SubscribeGrainAsync(GrainId grainId, StreamSequenceToken? fromToken)
    {
        var subscriptionId = Guid.NewGuid();
        await queue.SubscribeAsync(new StreamSubscription(subscriptionId, SubscriberKind.Grain, grainId.ToString(), ElementType), After(fromToken))
            .ConfigureAwait(false);
        return new StreamSubscriptionHandle<T>(this, subscriptionId);
    }

    private HandlerDeliveryTarget<T> Handler(Guid subscriptionId, Func<T, StreamSequenceToken, Task> onNext) =>
        new(onNext, runtime.Codec, $"handler {subscriptionId:D}");

    // A subscription records the last sequence it has; starting from token n means "after n - 1".
    private static long? After(StreamSequenceToken? fromToken) => fromToken is { } token ? Math.Max(0, token.Sequence - 1) : null;
}
