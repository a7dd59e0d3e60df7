using System.Buffers;

namespace Mesh.Runtime.Serialization;

/// <summary>
/// A per-thread growable buffer for payloads that only live for one call (an array copy, a deep copy).
/// Buffers that grew past <see cref="MaxRetainedBytes"/> are dropped so one large payload does not pin memory.
/// </summary>
internal static class ScratchBuffer
{
    private const int MaxRetainedBytes = 1024 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _cached;

    public static ArrayBufferWriter<byte> Rent()
    {
        var buffer = _cached ?? new ArrayBufferWriter<byte>(512);
        _cached = null;
        return buffer;
    }

    public static void Return(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity > MaxRetainedBytes)
        {
            return;
        }

        buffer.ResetWrittenCount();
        _cached = buffer;
    }
}
