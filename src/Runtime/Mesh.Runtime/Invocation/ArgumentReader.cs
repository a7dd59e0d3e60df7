using System.Buffers.Binary;
using System.ComponentModel;
using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Invocation;

/// <summary>Reads arguments written by <see cref="ArgumentWriter"/>, in the same order.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArgumentReader
{
    private readonly IMeshSerializer _serializer;
    private readonly ReadOnlyMemory<byte> _source;
    private int _position;

    internal ArgumentReader(IMeshSerializer serializer, ReadOnlyMemory<byte> source)
    {
        _serializer = serializer;
        _source = source;
    }

    /// <summary>Reads the next argument.</summary>
    public T Read<T>()
    {
        var span = _source.Span;
        if (span.Length - _position < 4)
        {
            throw new InvalidDataException("A call's arguments end early.");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(span[_position..]);
        if (length < 0 || length > span.Length - _position - 4)
        {
            throw new InvalidDataException($"An argument claims {length} bytes; only {span.Length - _position - 4} remain.");
        }

        var value = _serializer.Deserialize<T>(span.Slice(_position + 4, length));
        _position += 4 + length;
        return value;
    }
}
