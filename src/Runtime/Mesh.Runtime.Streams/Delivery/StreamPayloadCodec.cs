using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>
/// Turns events into the bytes a stream stores and carries. Byte arrays (audio chunks) go as they are; anything
/// else through the Mesh serializer. Every decode returns a fresh value, so subscribers never share one.
/// </summary>
internal sealed class StreamPayloadCodec(IMeshSerializer serializer)
{
    public byte[] Encode<T>(T item)
    {
        if (typeof(T) == typeof(byte[]))
        {
            // A copy: the producer may reuse its buffer once OnNextAsync returns, while the stream still holds the event.
            var raw = (byte[]?)(object?)item ?? throw new ArgumentNullException(nameof(item), "A byte[] stream event cannot be null.");
            return raw.AsSpan().ToArray();
        }

        return serializer.SerializeToArray(item);
    }

    public T Decode<T>(byte[] payload) =>
        typeof(T) == typeof(byte[]) ? (T)(object)payload.AsSpan().ToArray() : serializer.Deserialize<T>(payload);
}
