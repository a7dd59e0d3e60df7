using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Mesh.Runtime.Messaging;

/// <summary>
/// One outgoing connection per endpoint, dialled on first use and again after it closes. An endpoint that refused
/// is not dialled again until its backoff (doubling per failure) has passed; calls meanwhile fail fast as not delivered.
/// </summary>
internal sealed class ConnectionPool(
    TransportOptions options,
    MessageFactory messages,
    string identity,
    Action<Connection, Message> onMessage,
    Action<Connection> onClosed,
    TimeProvider time) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<IPEndPoint, Lazy<Task<Connection>>> _connections = new();
    private readonly ConcurrentDictionary<IPEndPoint, (long RetryAt, TimeSpan Backoff)> _failures = new();
    private volatile bool _disposed;

    public int Count => _connections.Count;

    public ValueTask<Connection> GetAsync(IPEndPoint endpoint)
    {
        var entry = _connections.GetOrAdd(endpoint, e => new Lazy<Task<Connection>>(() => ConnectAsync(e)));
        var task = entry.Value;
        if (task.IsCompletedSuccessfully && !task.Result.IsClosed && !task.Result.IsDraining)
        {
            return new ValueTask<Connection>(task.Result);
        }

        return GetSlowAsync(endpoint, entry);
    }

    private async ValueTask<Connection> GetSlowAsync(IPEndPoint endpoint, Lazy<Task<Connection>> entry)
    {
        try
        {
            var connection = await entry.Value.ConfigureAwait(false);
            if (!connection.IsClosed && !connection.IsDraining)
            {
                return connection;
            }
        }
        catch (SiloUnavailableException)
        {
            _connections.TryRemove(KeyValuePair.Create(endpoint, entry));
            throw;
        }

        _connections.TryRemove(KeyValuePair.Create(endpoint, entry));
        return await GetAsync(endpoint).ConfigureAwait(false);
    }

    private async Task<Connection> ConnectAsync(IPEndPoint endpoint)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_failures.TryGetValue(endpoint, out var failure) && time.GetTimestamp() < failure.RetryAt)
        {
            throw new SiloUnavailableException($"{endpoint} refused recently; not dialling again before its backoff passes.", wasDelivered: false);
        }

        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using var timeout = new CancellationTokenSource(options.ConnectTimeout);
            await socket.ConnectAsync(endpoint, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is SocketException or OperationCanceledException)
        {
            socket.Dispose();
            var backoff = failure.Backoff == TimeSpan.Zero ? options.ReconnectBackoff
                : TimeSpan.FromTicks(Math.Min(failure.Backoff.Ticks * 2, options.MaxReconnectBackoff.Ticks));
            _failures[endpoint] = (time.GetTimestamp() + (long)(backoff.TotalSeconds * time.TimestampFrequency), backoff);
            throw new SiloUnavailableException($"Could not connect to {endpoint}: {error.Message}", wasDelivered: false);
        }

        _failures.TryRemove(endpoint, out _);
        var connection = new Connection(socket, options, onMessage) { Peer = endpoint.ToString() };
        connection.Start();
        _ = connection.Closed.ContinueWith(_ => onClosed(connection), TaskScheduler.Default);
        await connection.SendAsync(messages.CreateHello(identity)).ConfigureAwait(false);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        foreach (var entry in _connections.Values)
        {
            if (entry.IsValueCreated && entry.Value.IsCompletedSuccessfully)
            {
                await entry.Value.Result.DisposeAsync().ConfigureAwait(false);
            }
        }

        _connections.Clear();
    }
}
