using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Mesh.Runtime.Messaging;

/// <summary>
/// Frames on the wire: a 4-byte little-endian length, then the header (version, kind, flags, id, timeout, target,
/// request key, call chain) and the body. Strings are a 2-byte length and UTF-8; 0xFFFF means null.
/// </summary>
internal static class FrameCodec
{
    public const byte Version = 1;
    private const ushort NullString = ushort.MaxValue;
    private const int FixedHeader = 1 + 1 + 1 + 8 + 4;

    /// <summary>Appends one frame for <paramref name="message"/>.</summary>
    public static void Write(Message message, IBufferWriter<byte> output, int maxFrameSize)
    {
        var chain = message.Chain;
        var length = FixedHeader + StringSize(message.Target.Type) + StringSize(message.Target.Key) + StringSize(message.RequestKey) + 2;
        foreach (var id in chain)
        {
            length += StringSize(id.Type) + StringSize(id.Key);
        }

        length += message.Body.Length;
        if (length > maxFrameSize)
        {
            throw new InvalidOperationException($"A message of {length} bytes exceeds the maximum frame size of {maxFrameSize} bytes.");
        }

        var span = output.GetSpan(4 + length);
        BinaryPrimitives.WriteInt32LittleEndian(span, length);
        span[4] = Version;
        span[5] = (byte)message.Kind;
        span[6] = (byte)message.Flags;
        BinaryPrimitives.WriteInt64LittleEndian(span[7..], message.Id);
        BinaryPrimitives.WriteInt32LittleEndian(span[15..], message.TimeoutMilliseconds);
        var position = 4 + FixedHeader;
        position += WriteString(span[position..], message.Target.Type);
        position += WriteString(span[position..], message.Target.Key);
        position += WriteString(span[position..], message.RequestKey);
        BinaryPrimitives.WriteUInt16LittleEndian(span[position..], checked((ushort)chain.Count));
        position += 2;
        foreach (var id in chain)
        {
            position += WriteString(span[position..], id.Type);
            position += WriteString(span[position..], id.Key);
        }

        message.Body.Span.CopyTo(span[position..]);
        output.Advance(4 + length);
    }

    /// <summary>Reads one frame off the front of <paramref name="buffer"/> if it is complete.</summary>
    /// <exception cref="InvalidDataException">The frame is larger than allowed or malformed; the connection must close.</exception>
    public static bool TryRead(ref ReadOnlySequence<byte> buffer, int maxFrameSize, out Message? message)
    {
        message = null;
        if (buffer.Length < 4)
        {
            return false;
        }

        Span<byte> prefix = stackalloc byte[4];
        buffer.Slice(0, 4).CopyTo(prefix);
        var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        if (length < FixedHeader || length > maxFrameSize)
        {
            throw new InvalidDataException($"A frame claims {length} bytes; the limit is {maxFrameSize}.");
        }

        if (buffer.Length < 4 + length)
        {
            return false;
        }

        var frame = buffer.Slice(4, length);
        var bytes = frame.IsSingleSegment ? frame.FirstSpan : frame.ToArray();
        message = Parse(bytes);
        buffer = buffer.Slice(4 + length);
        return true;
    }

    private static Message Parse(ReadOnlySpan<byte> frame)
    {
        if (frame[0] != Version)
        {
            throw new InvalidDataException($"Frame version {frame[0]} is not supported (expected {Version}).");
        }

        var kind = (MessageKind)frame[1];
        var flags = (MessageFlags)frame[2];
        var id = BinaryPrimitives.ReadInt64LittleEndian(frame[3..]);
        var timeout = BinaryPrimitives.ReadInt32LittleEndian(frame[11..]);
        var position = FixedHeader;
        var targetType = ReadString(frame, ref position);
        var targetKey = ReadString(frame, ref position);
        var requestKey = ReadString(frame, ref position);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(frame[position..]);
        position += 2;
        var chain = count == 0 ? [] : new GrainId[count];
        for (var i = 0; i < count; i++)
        {
            var type = ReadString(frame, ref position) ?? string.Empty;
            chain[i] = new GrainId(type, ReadString(frame, ref position) ?? string.Empty);
        }

        return new Message
        {
            Id = id,
            Kind = kind,
            Flags = flags,
            TimeoutMilliseconds = timeout,
            Target = targetType is null ? default : new GrainId(targetType, targetKey ?? string.Empty),
            RequestKey = requestKey,
            Chain = chain,
            Body = frame[position..].ToArray(),
        };
    }

    private static int StringSize(string? value) => 2 + (value is null ? 0 : Encoding.UTF8.GetByteCount(value));

    private static int WriteString(Span<byte> destination, string? value)
    {
        if (value is null)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(destination, NullString);
            return 2;
        }

        var written = Encoding.UTF8.GetBytes(value, destination[2..]);
        BinaryPrimitives.WriteUInt16LittleEndian(destination, checked((ushort)written));
        return 2 + written;
    }

    private static string? ReadString(ReadOnlySpan<byte> frame, ref int position)
    {
        var length = BinaryPrimitives.ReadUInt16LittleEndian(frame[position..]);
        position += 2;
        if (length == NullString)
        {
            return null;
        }

        var value = Encoding.UTF8.GetString(frame.Slice(position, length));
        position += length;
        return value;
    }
}
