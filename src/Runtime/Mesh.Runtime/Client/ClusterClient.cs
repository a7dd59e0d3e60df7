using System.Net;
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
    private readonly ClientObservers _observers;
    private readonly IGrainCallInvoker _invoker;
    private readonly GatewaySelector _gateways;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _disposing = new();
    private readonly List<Func<Task>> _beforeDispose = [];
    private int _disposed;

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
        Serializer = serializer ?? JsonMeshSerializer.Default;
        var messages = new MessageFactory(Serializer);
        ClientId = Guid.NewGuid().ToString("N");
        _tracker = new CallTracker(time, options.ResponseTimeout);
        _connections = new ConnectionPool(options.Transport, messages, "client:" + ClientId, OnMessage, OnClosed, time);
        _observers = new ClientObservers(messages);
        _gateways = new GatewaySelector(options, time);
        _time = time;
        _invoker = new ClientGrainCallInvoker(_gateways, _connections, _tracker, messages);
        messages.Invoker = _invoker;
        _factory = new GrainFactory(_invoker);
    }

    /// <summary>This client's identity in the cluster.</summary>
    public string ClientId { get; }

    /// <summary>The serializer of calls; stream payloads use it too, so they read the same on silos.</summary>
    internal IMeshSerializer Serializer { get; }

    /// <inheritdoc />
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey => _factory.GetGrain<TGrain>(key);

    /// <inheritdoc />
    public TGrain GetGrain<TGrain>(Guid key) where TGrain : IGrainWithGuidKey => _factory.GetGrain<TGrain>(key);

    /// <summary>
    /// Makes a reference to <paramref name="observer"/> that can be passed to grains; their calls on it run here.
    /// Keep the object alive and registered as long as grains may call it; a grain should forget references it no
    /// longer needs (see <see cref="DeleteObjectReference"/>).
    /// </summary>
    public TObserver CreateObjectReference<TObserver>(TObserver observer) where TObserver : class, IGrainObserver
    {
        ArgumentNullException.ThrowIfNull(observer);
        var id = ObserverIds.Create(ClientId);
        _observers.Add(id, observer);
        return (TObserver)GrainInterfaceRegistry.Get(typeof(TObserver)).CreateProxy(id, _invoker);
    }

    /// <summary>Stops calls on a reference made by <see cref="CreateObjectReference"/>; later calls fail in the grain.</summary>
    public bool DeleteObjectReference<TObserver>(TObserver reference) where TObserver : class, IGrainObserver =>
        reference is GrainProxy proxy && _observers.Remove(proxy.GrainId);

    /// <summary>
    /// Registers <paramref name="observer"/> under a new observer id without making a proxy, for runtime parts that pass
    /// the id itself (a stream subscription stores it); calls to the id run on the object as for
    /// <see cref="CreateObjectReference"/>.
    /// </summary>
    internal GrainId AddObserver(object observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var id = ObserverIds.Create(ClientId);
        _observers.Add(id, observer);
        return id;
    }

    /// <summary>Forgets an observer registered by <see cref="AddObserver"/>; later calls to it fail with <see cref="ObserverNotFoundException"/>.</summary>
    internal bool RemoveObserver(GrainId id) => _observers.Remove(id);

    /// <summary>
    /// Runs <paramref name="work"/> at the start of <see cref="DisposeAsync"/>, while the client can still call the
    /// cluster: parts built on the client (stream providers) end what they registered there. Failures are ignored.
    /// </summary>
    internal void OnDisposing(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_beforeDispose)
        {
            _beforeDispose.Add(work);
        }
    }

    private void OnMessage(Connection connection, Message message)
    {
        switch (message.Kind)
        {
            case MessageKind.Response or MessageKind.Error or MessageKind.Rejection:
                _tracker.OnResponse(message);
                break;
            case MessageKind.Request or MessageKind.OneWay:
                _observers.Handle(connection, message);
                break;
        }
    }

    private void OnClosed(Connection connection)
    {
        _tracker.OnConnectionClosed(connection);
        if (!_disposing.IsCancellationRequested && connection.Peer is { } peer && IPEndPoint.TryParse(peer, out var gateway))
        {
            _gateways.MarkFailed(gateway);
            _ = ReconnectAsync();
        }
    }

    /// <summary>
    /// Connects to the next gateway at once rather than at the next call, so grains can reach this client's observers
    /// again: the new gateway records itself as the client's gateway when the client says hello.
    /// </summary>
    private async Task ReconnectAsync()
    {
        var delay = TimeSpan.FromMilliseconds(50);
        while (!_disposing.IsCancellationRequested)
        {
            IPEndPoint? gateway = null;
            try
            {
                gateway = await _gateways.CurrentAsync(_disposing.Token).ConfigureAwait(false);
                await _connections.GetAsync(gateway).ConfigureAwait(false);
                return;
            }
            catch (SiloUnavailableException)
            {
                if (gateway is not null)
                {
                    _gateways.MarkFailed(gateway);
                }
            }
            catch (Exception error) when (error is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }

            await Task.Delay(delay, _time, CancellationToken.None).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
        }
    }

    /// <summary>Ends what was built on the client (stream subscriptions), then closes the connections; calls still waiting fail.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Func<Task>[] work;
        lock (_beforeDispose)
        {
            work = [.. _beforeDispose];
        }

        foreach (var item in work)
        {
            try
            {
                await item().ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Best effort: the cluster may be unreachable; what was not ended there times out on its own.
            }
        }

        await _disposing.CancelAsync().ConfigureAwait(false);
        await _connections.DisposeAsync().ConfigureAwait(false);
        _tracker.Dispose();
        _disposing.Dispose();
    }
}
