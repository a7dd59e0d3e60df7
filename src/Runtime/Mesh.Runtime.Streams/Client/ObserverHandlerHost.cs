using System.Collections.Concurrent;
using Mesh.Runtime.Client;
using Mesh.Runtime.Streams.Delivery;
using Mesh.Runtime.Streams.Providers;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Client;

/// <summary>
/// A cluster client's stream handlers: each is an observer object of the client, and its subscription names the
/// observer id, so the stream's queue grain calls it (<see cref="StreamDeliveryRequest{T}"/>) through whichever
/// gateway the client is connected to. Remembers what it attached so the client can end it when it closes.
/// </summary>
internal sealed class ObserverHandlerHost(ClusterClient client) : IStreamHandlerHost
{
    private readonly ConcurrentDictionary<Guid, Attached> _attached = new();

    public StreamSubscription Attach<T>(Guid subscriptionId, string elementType, StreamHandler<T> handler, IMeshStreamQueueGrain queue)
    {
        StreamDeliveryRequest<T>.EnsureRegistered();
        var observerId = client.AddObserver(handler);
        if (_attached.TryRemove(subscriptionId, out var replaced))
        {
            // Resumed with a new handler: the old one gets nothing more (the queue now names the new observer).
            _ = replaced.Close();
            client.RemoveObserver(replaced.ObserverId);
        }

        _attached[subscriptionId] = new Attached(observerId, handler.CloseAsync, queue);
        return new StreamSubscription(subscriptionId, SubscriberKind.Observer, observerId.ToString(), elementType);
    }

    public Task DetachAsync(Guid subscriptionId) =>
        _attached.TryGetValue(subscriptionId, out var attached) ? attached.Close() : Task.CompletedTask;

    public void Forget(Guid subscriptionId)
    {
        if (_attached.TryRemove(subscriptionId, out var attached))
        {
            client.RemoveObserver(attached.ObserverId);
        }
    }

    /// <summary>
    /// Unsubscribes everything attached here, each within <paramref name="timeout"/>: the client is closing, and its
    /// observers go with it. What cannot be reached now is removed by the queue grain once it finds the client gone.
    /// </summary>
    public async Task EndAllAsync(TimeSpan timeout)
    {
        await Task.WhenAll(_attached.Keys.Select(async id =>
        {
            if (!_attached.TryGetValue(id, out var attached))
            {
                return;
            }

            await attached.Close().ConfigureAwait(false);
            try
            {
                await attached.Queue.UnsubscribeAsync(id, attached.ObserverId.ToString()).WaitAsync(timeout).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Best effort while closing; what stays is removed by the queue grain's unreachable-client rule.
            }

            Forget(id);
        })).ConfigureAwait(false);
    }

    private sealed record Attached(GrainId ObserverId, Func<Task> Close, IMeshStreamQueueGrain Queue);
}
