using System.Buffers;
using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Tests.Messaging;

public sealed class FrameCodecTests
{
    [Fact]
    public void Frame_RoundTripsHeaderAndBody()
    {
        var message = new Message
        {
            Id = 42,
            Kind = MessageKind.Request,
            Flags = MessageFlags.Placed,
            Target = new GrainId("patient", "tenant-1/p-ü"),
            RequestKey = "Mesh.Grains.IPatientGrain.GetAsync()",
            Chain = [new GrainId("conversation", "c-1"), new GrainId("patient", "p-0")],
            TimeoutMilliseconds = 30_000,
            Body = new byte[] { 1, 2, 3, 250 },
        };
        var buffer = new ArrayBufferWriter<byte>();
        FrameCodec.Write(message, buffer, 1024 * 1024);
        var sequence = new ReadOnlySequence<byte>(buffer.WrittenMemory);

        Assert.True(FrameCodec.TryRead(ref sequence, 1024 * 1024, out var read));

        Assert.Equal(0, sequence.Length);
        Assert.Equal(message.Id, read!.Id);
        Assert.Equal(message.Kind, read.Kind);
        Assert.Equal(message.Flags, read.Flags);
        Assert.Equal(message.Target, read.Target);
        Assert.Equal(message.RequestKey, read.RequestKey);
        Assert.Equal(message.Chain, read.Chain);
        Assert.Equal(message.TimeoutMilliseconds, read.TimeoutMilliseconds);
        Assert.Equal(message.Body.ToArray(), read.Body.ToArray());
    }

    [Fact]
    public void PartialFrame_IsNotReadUntilComplete()
    {
        var buffer = new ArrayBufferWriter<byte>();
        FrameCodec.Write(new Message { Id = 1, Kind = MessageKind.Ping, Body = new byte[100] }, buffer, 4096);
        var partial = new ReadOnlySequence<byte>(buffer.WrittenMemory[..^1]);

        Assert.False(FrameCodec.TryRead(ref partial, 4096, out _));
        Assert.Equal(buffer.WrittenCount - 1, partial.Length);
    }

    [Fact]
    public void OversizedFrame_IsRefusedOnSendAndOnReceive()
    {
        var big = new Message { Id = 1, Kind = MessageKind.Request, Body = new byte[5000] };
        var buffer = new ArrayBufferWriter<byte>();

        Assert.Throws<InvalidOperationException>(() => FrameCodec.Write(big, buffer, 4096));
        FrameCodec.Write(big, buffer, 8192);
        var sequence = new ReadOnlySequence<byte>(buffer.WrittenMemory);
        Assert.Throws<InvalidDataException>(() => FrameCodec.TryRead(ref sequence, 4096, out _));
    }
}
