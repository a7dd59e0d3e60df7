using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>Delivers to a handler registered in this process (a client, the web frontend, a test).</summary>
internal sealed class HandlerDeliveryTarget<T>(Func<T, StreamSequenceToken, Task> onNext, StreamPayloadCodec codec, string name) : IDeliveryTarget
{
    public string Name => name;

    public Task DeliverAsync(StoredStreamEvent item) => onNext(codec.Decode<T>(item.Payload), new StreamSequenceToken(item.Sequence));
}
