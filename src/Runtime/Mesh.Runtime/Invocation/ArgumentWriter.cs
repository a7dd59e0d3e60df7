using System.Buffers;
using System.Buffers.Binary;
using System.ComponentModel;
using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Invocation;

/// <summary>
/// Writes call arguments one after another, each as a 4-byte length and its payload, each by its declared type so
/// polymorphic arguments keep their discriminator.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArgumentWriter
{
    private readonly IMeshSerializer _serializer;
    private readonly ArrayBufferWriter<byte> _destination;

    internal ArgumentWriter(IMeshSerializer serializer, ArrayBufferWriter<byte> destination)
    {
        _serializer = serializer;
        _destination = destination;
    }

    /// <summary>Writes one argument.</summary>
    public void Write<T>(T value)
    {
        // Reserve the length, write the payload after it, then fill the length in: no intermediate buffer.
        var start = _destination.WrittenCount;
        _destination.GetSpan(4);
        _destination.Advance(4);
        _serializer.Serialize(value, _destination);
        var length = _destination.WrittenCount - start - 4;
        var written = System.Runtime.InteropServices.MemoryMarshal.AsMemory(_destination.WrittenMemory);
        BinaryPrimitives.WriteInt32LittleEndian(written.Span.Slice(start, 4), length);
    }
}
