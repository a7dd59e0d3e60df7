using Mesh.Runtime.Invocation;
using Mesh.Runtime.Messaging;
using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Client;

/// <summary>
/// A connection to a Mesh cluster from a process that hosts no grains (the WebFrontend): hands out grain proxies
/// whose calls go through a gateway silo, failing over to another gateway when one dies. Connects on first call.
/// </summary>
public sealed class ClusterClient : IGrainFactory, IAsyncDisposable
{
    private readonly ConnectionPool _connections;
    private readonly CallTracker _tracker;
    private readonly GrainFactory _factory;

    /// <summary>Creates a client; nothing connects until the first call.</summary>
    public ClusterClient(ClusterClientOptions options, IMeshSerializer? serializer = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Validate().ToList();
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid cluster client options: " + string.Join(" ", failures), nameof(options));
        }

        time ??= TimeProvider.System;
        var messages = new MessageFactory(serializer ?? JsonMeshSerializer.Default);
        ClientId = Guid.NewGuid().ToString("N");
        _tracker = new CallTracker(time, options.ResponseTimeout);
        _connections = new ConnectionPool(options.Transport, messages, "client:" + ClientId, OnMessage, c => _tracker.OnConnectionClosed(c), time);
        var invoker = new ClientGrainCallInvoker(new GatewaySelector(options, time), _connections, _tracker, messages);
        _factory = new GrainFactory(invoker);
    }

    /// <summary>This client's identity in the cluster.</summary>
    public string ClientId { get; }

    /// <inheritdoc />
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey => _factory.GetGrain<TGrain>(key);

    /// <inheritdoc />
    public TGrain GetGrain<TGrain>(Guid key) where TGrain : IGrainWithGuidKey => _factory.GetGrain<TGrain>(key);

    private void OnMessage(Connection connection, Message message)
    {
        if (message.Kind is MessageKind.Response or MessageKind.Error or MessageKind.Rejection)
        {
            _tracker.OnResponse(message);
        }
    }

    /// <summary>Closes the connections; calls still waiting fail.</summary>
    public async ValueTask DisposeAsync()
    {
        await _connections.DisposeAsync().ConfigureAwait(false);
        _tracker.Dispose();
    }
}
