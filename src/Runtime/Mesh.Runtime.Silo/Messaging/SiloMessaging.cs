using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Mesh.Runtime.Diagnostics;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Membership;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Messaging;

/// <summary>
/// The silo's transport: listens for silos and clients, dials other silos (one multiplexed connection each), sends
/// requests and correlates their responses, answers probes, and hands incoming requests to <see cref="OnRequest"/>.
/// </summary>
internal sealed partial class SiloMessaging : ISiloProber, IAsyncDisposable
{
    /// <summary>How a cluster client introduces itself in its hello frame.</summary>
    public const string ClientPrefix = "client:";

    private readonly ConnectionListener _siloListener;
    private readonly ConnectionListener? _gatewayListener;
    private readonly ConcurrentDictionary<Connection, byte> _inbound = new();
    private readonly ConcurrentDictionary<string, Connection> _clients = new(StringComparer.Ordinal);
    private readonly ConnectionPool _outbound;
    private readonly TransportOptions _transport;
    private readonly TransportInstruments _instruments;
    private volatile bool _stopped;

    public SiloMessaging(
        IOptions<ClusterOptions> cluster,
        IOptions<TransportOptions> transport,
        IOptions<SiloOptions> silo,
        MessageFactory messages,
        TransportInstruments instruments,
        TimeProvider time,
        ILogger<SiloMessaging> logger)
    {
        _transport = transport.Value;
        _instruments = instruments;
        Messages = messages;
        var address = IPAddress.Parse(cluster.Value.AdvertisedHost);
        _siloListener = new ConnectionListener(address, cluster.Value.SiloPort, "silo", logger);
        if (cluster.Value.GatewayPort is { } gatewayPort)
        {
            _gatewayListener = new ConnectionListener(address, gatewayPort, "client", logger);
        }

        Self = new SiloAddress(cluster.Value.AdvertisedHost, _siloListener.EndPoint.Port, time.GetUtcNow().UtcTicks);
        Tracker = new CallTracker(time, silo.Value.ResponseTimeout);
        _outbound = new ConnectionPool(_transport, messages, Self.ToString(), OnMessage, OnClosed, time);
    }

    public SiloAddress Self { get; }

    /// <summary>The gateway port clients use; 0 when this silo is no gateway.</summary>
    public int GatewayPort => _gatewayListener?.EndPoint.Port ?? 0;

    public MessageFactory Messages { get; }

    public CallTracker Tracker { get; }

    public int ConnectionCount => _inbound.Count + _outbound.Count;

    /// <summary>Raised when a cluster client says hello on a gateway connection, with its id.</summary>
    public event Action<string>? ClientConnected;

    /// <summary>Handles requests from other silos and clients; set before <see cref="Start"/>.</summary>
    public Action<Connection, Message>? OnRequest { get; set; }

    public void Start()
    {
        _instruments.ObserveConnections(() => ConnectionCount);
        _siloListener.Start(Accept);
        _gatewayListener?.Start(Accept);
    }

    private void Accept(Socket socket)
    {
        if (_stopped)
        {
            socket.Dispose();
            return;
        }

        var connection = new Connection(socket, _transport, OnMessage);
        _inbound[connection] = 0;
        _ = connection.Closed.ContinueWith(_ => OnClosed(connection), TaskScheduler.Default);
        connection.Start();
    }

    /// <summary>Sends a request to another silo; the task completes with its response.</summary>
    public async Task<TResult> SendRequestAsync<TResult>(SiloAddress silo, GrainId target, GrainRequest<TResult> request, CallChain? chain, MessageFlags flags)
    {
        if (_stopped)
        {
            throw new SiloUnavailableException("This silo stopped serving; the call was not sent.", wasDelivered: false);
        }

        var connection = await _outbound.GetAsync(silo.EndPoint).ConfigureAwait(false);
        return await SendOnAsync(connection, target, request, chain, flags).ConfigureAwait(false);
    }

    private async Task<TResult> SendOnAsync<TResult>(Connection connection, GrainId target, GrainRequest<TResult> request, CallChain? chain, MessageFlags flags)
    {
        var id = Tracker.NextId();
        var deadline = Tracker.Time.GetTimestamp() + Tracker.ResponseTimeoutTicks;
        var call = new RemoteCall<TResult>(target, request, Messages.Serializer, connection, deadline);
        Tracker.Add(id, call);
        try
        {
            await connection.SendAsync(Messages.CreateRequest(id, target, request, chain, flags, Tracker.ResponseTimeout)).ConfigureAwait(false);
        }
        catch
        {
            Tracker.Remove(id);
            throw;
        }

        _instruments.MessageSent();
        return await call.Task.ConfigureAwait(false);
    }

    /// <summary>Sends a response, error or rejection back on the connection its request came from.</summary>
    public void Reply(Connection connection, Message reply)
    {
        connection.ReplyQueued();
        if (connection.IsClosed)
        {
            return;
        }

        var send = connection.SendAsync(reply);
        _instruments.MessageSent();
        if (!send.IsCompletedSuccessfully)
        {
            // A full queue or a closing connection: the caller's own timeout or connection loss reports the outcome.
            _ = send.AsTask().ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }
    }

    private void OnMessage(Connection connection, Message message)
    {
        if (_stopped)
        {
            return;
        }

        _instruments.MessageReceived();
        switch (message.Kind)
        {
            case MessageKind.Request or MessageKind.OneWay:
                if (message.Kind == MessageKind.Request)
                {
                    connection.RequestReceived();
                }

                OnRequest?.Invoke(connection, message);
                break;
            case MessageKind.Response or MessageKind.Error or MessageKind.Rejection or MessageKind.Pong:
                Tracker.OnResponse(message);
                break;
            case MessageKind.Ping:
                // A probe names the incarnation it means: an old generation on our port must not look alive.
                var meant = Messages.Serializer.Deserialize<string>(message.Body.Span);
                if (meant == Self.ToString())
                {
                    connection.RequestReceived();
                    Reply(connection, new Message { Id = message.Id, Kind = MessageKind.Pong });
                }

                break;
            case MessageKind.Hello:
                connection.Peer = Messages.ReadHello(message);
                if (connection.Peer.StartsWith(ClientPrefix, StringComparison.Ordinal))
                {
                    var clientId = connection.Peer[ClientPrefix.Length..];
                    _clients[clientId] = connection;
                    ClientConnected?.Invoke(clientId);
                }

                break;
            default:
                connection.Close(new InvalidDataException($"Unexpected {message.Kind} frame."));
                break;
        }
    }

    private void OnClosed(Connection connection)
    {
        _inbound.TryRemove(connection, out _);
        if (connection.Peer is { } peer && peer.StartsWith(ClientPrefix, StringComparison.Ordinal))
        {
            _clients.TryRemove(KeyValuePair.Create(peer[ClientPrefix.Length..], connection));
        }

        Tracker.OnConnectionClosed(connection);
    }

    /// <summary>Stops serving at once: listeners and every connection close; calls waiting on responses fail.</summary>
    public async Task StopAsync()
    {
        _stopped = true;
        _siloListener.Dispose();
        _gatewayListener?.Dispose();
        foreach (var connection in _inbound.Keys)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        await _outbound.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Stops accepting, sends the replies already queued (rejections included), then closes everything.</summary>
    public async Task StopGracefullyAsync(TimeSpan drainTimeout)
    {
        _siloListener.Dispose();
        _gatewayListener?.Dispose();
        await Task.WhenAll(_inbound.Keys.Select(c => c.GoAwayAsync(drainTimeout))).ConfigureAwait(false);
        await StopAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        Tracker.Dispose();
    }
}
