using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;

namespace Mesh.Benchmarks.RemoteCalls;

/// <summary>The transport floor: a bare TCP server that sends every length-prefixed frame straight back.</summary>
internal sealed class EchoServer : IAsyncDisposable
{
    private readonly Socket _listener = new(SocketType.Stream, ProtocolType.Tcp);
    private readonly List<Task> _connections = [];
    private readonly Task _accept;

    public EchoServer()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen();
        EndPoint = (IPEndPoint)_listener.LocalEndPoint!;
        _accept = AcceptAsync();
    }

    public IPEndPoint EndPoint { get; }

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync();
            }
            catch (Exception error) when (error is SocketException or ObjectDisposedException)
            {
                return;
            }

            socket.NoDelay = true;
            lock (_connections)
            {
                _connections.Add(Task.Run(() => EchoAsync(socket)));
            }
        }
    }

    private static async Task EchoAsync(Socket socket)
    {
        await using var stream = new NetworkStream(socket, ownsSocket: true);
        var input = PipeReader.Create(stream);
        var output = PipeWriter.Create(stream);
        while (true)
        {
            var result = await input.ReadAsync();
            var buffer = result.Buffer;
            // Whole frames only: everything up to the last complete frame goes back in one write.
            var consumed = buffer.Start;
            var reader = new SequenceReader<byte>(buffer);
            while (reader.TryReadLittleEndian(out int length) && reader.Remaining >= length)
            {
                reader.Advance(length);
                consumed = reader.Position;
            }

            var frames = buffer.Slice(buffer.Start, consumed);
            foreach (var segment in frames)
            {
                await output.WriteAsync(segment);
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
        _listener.Dispose();
        await _accept;
    }
}
