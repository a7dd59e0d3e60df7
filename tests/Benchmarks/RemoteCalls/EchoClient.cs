using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Mesh.Benchmarks.RemoteCalls;

/// <summary>
/// Many concurrent calls over one TCP connection: frames of [length][call id][payload], writes batched by one writer
/// loop, replies matched by id. What a careful hand-written transport does, with nothing else.
/// </summary>
internal sealed class EchoClient : IAsyncDisposable
{
    private readonly Socket _socket = new(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    private readonly ConcurrentDictionary<long, TaskCompletionSource<byte[]>> _pending = new();
    private readonly Channel<(long Id, byte[] Payload)> _outgoing = Channel.CreateBounded<(long, byte[])>(8192);
    private Task _loops = Task.CompletedTask;
    private long _nextId;

    public async Task ConnectAsync(IPEndPoint endPoint)
    {
        await _socket.ConnectAsync(endPoint);
        var stream = new NetworkStream(_socket, ownsSocket: true);
        _loops = Task.WhenAll(WriteLoopAsync(PipeWriter.Create(stream)), ReadLoopAsync(PipeReader.Create(stream)));
    }

    public async Task<byte[]> EchoAsync(byte[] payload)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        await _outgoing.Writer.WriteAsync((id, payload));
        return await reply.Task;
    }

    private async Task WriteLoopAsync(PipeWriter output)
    {
        var reader = _outgoing.Reader;
        while (await reader.WaitToReadAsync())
        {
            while (reader.TryRead(out var frame))
            {
                var span = output.GetSpan(12 + frame.Payload.Length);
                BinaryPrimitives.WriteInt32LittleEndian(span, 8 + frame.Payload.Length);
                BinaryPrimitives.WriteInt64LittleEndian(span[4..], frame.Id);
                frame.Payload.CopyTo(span[12..]);
                output.Advance(12 + frame.Payload.Length);
            }

            await output.FlushAsync();
        }

        await output.CompleteAsync();
    }

    private async Task ReadLoopAsync(PipeReader input)
    {
        while (true)
        {
            var result = await input.ReadAsync();
            var buffer = result.Buffer;
            var reader = new SequenceReader<byte>(buffer);
            var consumed = buffer.Start;
            while (reader.TryReadLittleEndian(out int length) && reader.Remaining >= length)
            {
                reader.TryReadLittleEndian(out long id);
                var payload = new byte[length - 8];
                reader.TryCopyTo(payload);
                reader.Advance(payload.Length);
                consumed = reader.Position;
                if (_pending.TryRemove(id, out var reply))
                {
                    reply.TrySetResult(payload);
                }
            }

            input.AdvanceTo(consumed, buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _outgoing.Writer.TryComplete();
        _socket.Shutdown(SocketShutdown.Both);
        try
        {
            await _loops;
        }
        catch (IOException error)
        {
            // The read loop may see the shutdown as a reset; the measurement is over either way.
            Console.Error.WriteLine($"echo client closed: {error.Message}");
        }

        _socket.Dispose();
    }
}
