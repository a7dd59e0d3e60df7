using Mesh.Runtime.Invocation;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>
/// Delivers to a handler in a cluster client by calling the client's observer; the cluster routes the call to the
/// gateway the client is connected to now, so delivery follows the client when it fails over to another gateway.
/// </summary>
internal sealed class ObserverDeliveryTarget<T>(IGrainCallInvoker invoker, GrainId observerId, StreamPayloadCodec codec) : IDeliveryTarget
{
    public string Name => observerId.ToString();

    public Task DeliverAsync(StoredStreamEvent item) =>
        invoker.InvokeAsync(observerId, new StreamDeliveryRequest<T>(codec.Decode<T>(item.Payload), new StreamSequenceToken(item.Sequence)));

    // The cluster raises these when no gateway has the client (after retrying for a response timeout), or when the
    // client answers that it holds no such observer; the client's stream handlers never let them through as their own.
    public bool IsUnreachable(Exception error) => error is SiloUnavailableException or ObserverNotFoundException;
}
