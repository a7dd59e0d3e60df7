using System.Net;
using System.Net.Sockets;
using Mesh.Runtime.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Messaging;

/// <summary>A listening socket, bound when created (so the port is known before the silo joins) and accepting once started.</summary>
internal sealed class ConnectionListener : IDisposable
{
    private readonly Socket _socket;
    private readonly string _role;
    private readonly ILogger _logger;
    private Task _acceptLoop = Task.CompletedTask;

    public ConnectionListener(IPAddress address, int port, string role, ILogger logger)
    {
        _role = role;
        _logger = logger;
        _socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        _socket.Bind(new IPEndPoint(address, port));
        _socket.Listen(512);
        EndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    public IPEndPoint EndPoint { get; }

    public void Start(Action<Socket> onAccepted)
    {
        ClusterLog.Listening(_logger, _role, EndPoint);
        _acceptLoop = Task.Run(() => AcceptLoopAsync(onAccepted));
    }

    private async Task AcceptLoopAsync(Action<Socket> onAccepted)
    {
        while (true)
        {
            Socket accepted;
            try
            {
                accepted = await _socket.AcceptAsync().ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException error) when (error.SocketErrorCode is SocketError.OperationAborted or SocketError.Interrupted)
            {
                return;
            }
            catch (SocketException error)
            {
                ClusterLog.AcceptFailed(_logger, error);
                continue;
            }

            onAccepted(accepted);
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _acceptLoop.Wait(TimeSpan.FromSeconds(5));
    }
}
