using System.Net;
using System.Net.Sockets;
using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Tests.Messaging;

public sealed class ConnectionTests
{
    [Fact]
    public async Task SendQueue_WhenPeerStopsReading_MakesSendersWaitInsteadOfGrowing()
    {
        using var listener = new Socket(SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(listener.LocalEndPoint!);
        using var silent = await listener.AcceptAsync();
        var options = new TransportOptions { SendQueueCapacity = 4 };
        await using var connection = new Connection(socket, options, (_, _) => { });
        connection.Start();

        // The peer never reads: socket buffers fill, then the queue, then a send has to wait (and keeps waiting).
        var body = new byte[64 * 1024];
        Task? stuck = null;
        for (var sent = 0; stuck is null; sent++)
        {
            Assert.True(sent < 2_000, "the send queue never pushed back");
            var send = connection.SendAsync(new Message { Kind = MessageKind.OneWay, Body = body }).AsTask();
            if (!send.IsCompleted && await Task.WhenAny(send, Task.Delay(500)) != send)
            {
                stuck = send;
            }
        }

        connection.Close(null);
        await Assert.ThrowsAsync<SiloUnavailableException>(() => stuck);
    }

    [Fact]
    public async Task ManyConcurrentMessages_ShareOneConnectionAndAllArrive()
    {
        using var listener = new Socket(SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        var clientSocket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await clientSocket.ConnectAsync(listener.LocalEndPoint!);
        var serverSocket = await listener.AcceptAsync();
        var received = new System.Collections.Concurrent.ConcurrentBag<long>();
        var all = new TaskCompletionSource();
        await using var server = new Connection(serverSocket, new TransportOptions(), (_, m) =>
        {
            received.Add(m.Id);
            if (received.Count == 5000)
            {
                all.TrySetResult();
            }
        });
        await using var client = new Connection(clientSocket, new TransportOptions(), (_, _) => { });
        server.Start();
        client.Start();

        await Task.WhenAll(Enumerable.Range(0, 5000).Select(i => Task.Run(() => client.SendAsync(new Message { Id = i, Kind = MessageKind.OneWay, Body = new byte[200] }).AsTask())));
        await all.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(Enumerable.Range(0, 5000).Select(i => (long)i).Order(), received.Order());
    }
}
