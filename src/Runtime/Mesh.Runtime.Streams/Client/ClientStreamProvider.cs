using Mesh.Runtime.Client;
using Mesh.Runtime.Streams.Delivery;
using Mesh.Runtime.Streams.Providers;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Client;

/// <summary>
/// A stream provider in a process that has only a <see cref="ClusterClient"/>: streams whose queue grains run in the
/// cluster, reached through the client's gateway; handlers subscribed here are observers of the client. Subscriptions
/// made here end when the client is disposed.
/// </summary>
internal sealed class ClientStreamProvider : IStreamProvider
{
    // Per subscription, when the client closes: long enough for a healthy cluster, short enough not to hold up a shutdown.
    private static readonly TimeSpan UnsubscribeOnCloseTimeout = TimeSpan.FromSeconds(5);

    private readonly ClusterClient _client;
    private readonly StreamPayloadCodec _codec;
    private readonly ObserverHandlerHost _handlers;

    public ClientStreamProvider(string name, bool isDurable, ClusterClient client)
    {
        Name = name;
        IsDurable = isDurable;
        _client = client;
        _codec = new StreamPayloadCodec(client.Serializer);
        _handlers = new ObserverHandlerHost(client);
        client.OnDisposing(() => _handlers.EndAllAsync(UnsubscribeOnCloseTimeout));
    }

    public string Name { get; }

    public bool IsDurable { get; }

    public IAsyncStream<T> GetStream<T>(string streamNamespace, string key)
    {
        var queueKey = StreamQueueKey.Create(Name, streamNamespace, key);
        return new AsyncStream<T>(Name, _codec, _handlers, _client.GetGrain<IMeshStreamQueueGrain>(queueKey.ToString()), queueKey.Stream);
    }

    public async Task<IReadOnlyList<ParkedStreamEvent>> GetParkedEventsAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return await _client.GetGrain<IMeshStreamProviderGrain>(Name).GetParkedEventsAsync(limit).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<ParkedReplayResult> ReplayParkedAsync(ParkedEventFilter? filter = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return _client.GetGrain<IMeshStreamProviderGrain>(Name).ReplayParkedAsync(filter ?? ParkedEventFilter.All, limit).WaitAsync(cancellationToken);
    }
}
