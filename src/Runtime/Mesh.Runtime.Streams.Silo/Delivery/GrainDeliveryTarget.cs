using Mesh.Runtime.Invocation;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>Delivers to a grain by a grain call, so the grain may live on any silo and is activated as needed.</summary>
internal sealed class GrainDeliveryTarget<T>(IGrainCallInvoker invoker, GrainId grainId, StreamPayloadCodec codec) : IDeliveryTarget
{
    public string Name => grainId.ToString();

    public Task DeliverAsync(StoredStreamEvent item) =>
        invoker.InvokeAsync(grainId, new StreamDeliveryRequest<T>(codec.Decode<T>(item.Payload), new StreamSequenceToken(item.Sequence)));
}
