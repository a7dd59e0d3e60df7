using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>
/// Where a subscription's events go: a grain (a grain call), a cluster client's observer (a call through its gateway)
/// or a handler in this process. Completing acknowledges the event; throwing asks for a retry.
/// </summary>
internal interface IDeliveryTarget
{
    /// <summary>Who receives the events, for logs and parked events.</summary>
    string Name { get; }

    /// <summary>Delivers one event.</summary>
    Task DeliverAsync(StoredStreamEvent item);

    /// <summary>
    /// Whether <paramref name="error"/> from <see cref="DeliverAsync"/> means the receiver could not be reached at all
    /// (as opposed to failing on the event). Only a client's observer can vanish for good; grains are activated on demand.
    /// </summary>
    bool IsUnreachable(Exception error) => false;
}
