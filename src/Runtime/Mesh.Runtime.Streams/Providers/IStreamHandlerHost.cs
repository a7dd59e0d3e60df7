using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Providers;

/// <summary>
/// Where the handlers subscribed from this process receive their events: in a silo, a registry its queue grains read;
/// in a cluster client, observer objects the queue grains call through the client's gateway.
/// </summary>
internal interface IStreamHandlerHost
{
    /// <summary>
    /// Starts receiving the events of <paramref name="subscriptionId"/> through <paramref name="handler"/> (replacing an
    /// earlier handler of it); returns the subscription as the queue grain stores it, naming where to deliver.
    /// </summary>
    StreamSubscription Attach<T>(Guid subscriptionId, string elementType, StreamHandler<T> handler, IMeshStreamQueueGrain queue);

    /// <summary>Stops calls to the subscription's handler; completes once a call already running has ended.</summary>
    Task DetachAsync(Guid subscriptionId);

    /// <summary>Forgets the subscription once its queue grain delivers to it no more.</summary>
    void Forget(Guid subscriptionId);
}
