using System.Buffers;
using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Tests.Serialization;

// Proves that the copier hands immutable values back without a round trip.
internal sealed class ThrowingSerializer : IMeshSerializer
{
    public void Serialize<T>(T value, IBufferWriter<byte> destination) => throw Used();

    public byte[] SerializeToArray<T>(T value) => throw Used();

    public T Deserialize<T>(ReadOnlySpan<byte> source) => throw Used();

    public T Deserialize<T>(ReadOnlySequence<byte> source) => throw Used();

    public void Serialize(object? value, Type declaredType, IBufferWriter<byte> destination) => throw Used();

    public object? Deserialize(ReadOnlySpan<byte> source, Type declaredType) => throw Used();

    private static InvalidOperationException Used() => new("The copier serialized a value it should have shared.");
}
