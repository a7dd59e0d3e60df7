namespace Mesh.Runtime.Streams;

/// <summary>
/// One stream of events of type <typeparamref name="T"/>, addressed by namespace and key. Events are ordered per stream;
/// every subscription receives them in that order with their <see cref="StreamSequenceToken"/>.
/// </summary>
/// <typeparam name="T">The event type; it must round-trip through the Mesh serializer (byte arrays are carried as is).</typeparam>
public interface IAsyncStream<T>
{
    /// <summary>The stream's address.</summary>
    StreamId Id { get; }

    /// <summary>The name of the provider the stream belongs to.</summary>
    string ProviderName { get; }

    /// <summary>
    /// Publishes one event. A durable provider completes once the event is stored; the memory provider once every
    /// subscription has handled it. Waits while the stream's buffer is full, so a slow subscriber slows its producer.
    /// </summary>
    Task OnNextAsync(T item);

    /// <summary>Publishes events in order as one write; they get consecutive tokens.</summary>
    Task OnNextBatchAsync(IEnumerable<T> items);

    /// <summary>
    /// Subscribes a handler in this process (or a grain, when <paramref name="subscriber"/> is the grain itself).
    /// It receives events after the current end of the stream, or from <paramref name="fromToken"/> where the provider still has them.
    /// </summary>
    Task<StreamSubscriptionHandle<T>> SubscribeAsync(IStreamSubscriber<T> subscriber, StreamSequenceToken? fromToken = null);

    /// <summary>Subscribes a handler in this process; see <see cref="SubscribeAsync(IStreamSubscriber{T}, StreamSequenceToken?)"/>.</summary>
    Task<StreamSubscriptionHandle<T>> SubscribeAsync(Func<T, StreamSequenceToken, Task> onNext, StreamSequenceToken? fromToken = null);

    /// <summary>The stream's explicit subscriptions, e.g. to resume them after this process restarted.</summary>
    Task<IReadOnlyList<StreamSubscriptionHandle<T>>> GetAllSubscriptionHandlesAsync();
}
