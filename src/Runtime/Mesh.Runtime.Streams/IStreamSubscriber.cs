namespace Mesh.Runtime.Streams;

/// <summary>
/// Receives the events of a stream, one at a time and in order. Grain classes implement it to subscribe implicitly
/// (<see cref="ImplicitStreamSubscriptionAttribute"/>) or explicitly (pass the grain to
/// <see cref="IAsyncStream{T}.SubscribeAsync(IStreamSubscriber{T}, StreamSequenceToken?)"/>); a grain receives each
/// event as a grain call, turn-based like any other.
/// </summary>
/// <typeparam name="T">The event type.</typeparam>
public interface IStreamSubscriber<in T>
{
    /// <summary>
    /// Handles one event. Completing acknowledges it; throwing asks for a retry, and after the provider's last attempt
    /// the event is parked and the next one follows. After a failover an event may come again with a token already seen.
    /// </summary>
    Task OnNextAsync(T item, StreamSequenceToken token);
}
