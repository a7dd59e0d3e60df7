using System.Collections.Concurrent;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>
/// The handlers subscribed from this process, by subscription id. A queue grain in the same process delivers to them
/// directly; a subscription whose handler is not here waits (its events stay stored) until it is resumed.
/// </summary>
internal sealed class StreamHandlerRegistry
{
    private readonly ConcurrentDictionary<Guid, IDeliveryTarget> _handlers = new();

    public void Register(Guid subscriptionId, IDeliveryTarget handler) => _handlers[subscriptionId] = handler;

    public void Remove(Guid subscriptionId) => _handlers.TryRemove(subscriptionId, out _);

    public IDeliveryTarget? Find(Guid subscriptionId) => _handlers.GetValueOrDefault(subscriptionId);
}
