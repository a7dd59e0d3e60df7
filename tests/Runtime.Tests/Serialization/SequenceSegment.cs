using System.Buffers;

namespace Mesh.Runtime.Tests.Serialization;

// Splits a payload the way a pipe hands over a frame that arrived in several reads.
internal sealed class SequenceSegment : ReadOnlySequenceSegment<byte>
{
    private SequenceSegment(ReadOnlyMemory<byte> memory, long runningIndex)
    {
        Memory = memory;
        RunningIndex = runningIndex;
    }

    public static ReadOnlySequence<byte> Split(byte[] payload, int chunkSize)
    {
        var first = new SequenceSegment(payload.AsMemory(0, Math.Min(chunkSize, payload.Length)), 0);
        var last = first;
        for (var offset = chunkSize; offset < payload.Length; offset += chunkSize)
        {
            var next = new SequenceSegment(payload.AsMemory(offset, Math.Min(chunkSize, payload.Length - offset)), offset);
            last.Next = next;
            last = next;
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }
}
