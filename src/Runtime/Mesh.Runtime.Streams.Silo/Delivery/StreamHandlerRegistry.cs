using System.Collections.Concurrent;
using Mesh.Runtime.Streams.Providers;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>
/// The handlers subscribed from this silo's process, by subscription id. A queue grain in the same process delivers to
/// them directly; a subscription whose handler is not here waits (its events stay stored) until it is resumed.
/// </summary>
internal sealed class StreamHandlerRegistry(StreamPayloadCodec codec) : IStreamHandlerHost
{
    private readonly ConcurrentDictionary<Guid, Registered> _handlers = new();

    public StreamSubscription Attach<T>(Guid subscriptionId, string elementType, StreamHandler<T> handler, IMeshStreamQueueGrain queue)
    {
        _handlers[subscriptionId] = new Registered(new HandlerDeliveryTarget<T>(handler, codec, $"handler {subscriptionId:D}"), handler.CloseAsync);
        return new StreamSubscription(subscriptionId, SubscriberKind.Handler, string.Empty, elementType);
    }

    public Task DetachAsync(Guid subscriptionId) =>
        _handlers.TryRemove(subscriptionId, out var registered) ? registered.Close() : Task.CompletedTask;

    public void Forget(Guid subscriptionId) => _handlers.TryRemove(subscriptionId, out _);

    public IDeliveryTarget? Find(Guid subscriptionId) => _handlers.GetValueOrDefault(subscriptionId)?.Target;

    private sealed record Registered(IDeliveryTarget Target, Func<Task> Close);
}
