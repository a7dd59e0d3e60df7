using Mesh.Runtime.Streams.Providers;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>Delivers to a handler registered in this process (the web frontend in local mode, a test).</summary>
internal sealed class HandlerDeliveryTarget<T>(StreamHandler<T> handler, StreamPayloadCodec codec, string name) : IDeliveryTarget
{
    public string Name => name;

    public Task DeliverAsync(StoredStreamEvent item) => handler.OnNextAsync(codec.Decode<T>(item.Payload), new StreamSequenceToken(item.Sequence));
}
