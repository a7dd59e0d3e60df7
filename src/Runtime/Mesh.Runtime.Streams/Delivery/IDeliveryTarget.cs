using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>
/// Where a subscription's events go: a grain (a grain call) or a handler in this process. Completing acknowledges
/// the event; throwing asks for a retry. A cluster client's observer will be one more implementation.
/// </summary>
internal interface IDeliveryTarget
{
    /// <summary>Who receives the events, for logs and parked events.</summary>
    string Name { get; }

    /// <summary>Delivers one event.</summary>
    Task DeliverAsync(StoredStreamEvent item);
}
