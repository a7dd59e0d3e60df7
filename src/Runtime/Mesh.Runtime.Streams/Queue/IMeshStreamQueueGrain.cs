namespace Mesh.Runtime.Streams.Queue;

/// <summary>
/// The owner of one stream (key <c>{provider}/{namespace}/{key}</c>): it numbers events, stores them (durable providers),
/// keeps the subscriptions and delivers to each in order. One activation per stream in the cluster gives the order.
/// The "Mesh" prefix makes its grain type <c>meshstreamqueue</c>, out of the way of application grains.
/// </summary>
internal interface IMeshStreamQueueGrain : IGrainWithStringKey
{
    /// <summary>Appends events; returns the sequence of the last one once stored (durable) or delivered (memory).</summary>
    Task<long> AppendAsync(StreamEventBatch batch);

    /// <summary>Adds a subscription that starts after <paramref name="afterSequence"/> (null: after the current end).</summary>
    Task SubscribeAsync(StreamSubscription subscription, long? afterSequence);

    /// <summary>
    /// Re-attaches an existing subscription, delivering from now on to the receiver <paramref name="subscription"/>
    /// names (a handler registered again, a new client observer), optionally rewinding it.
    /// </summary>
    Task ResumeAsync(StreamSubscription subscription, long? afterSequence);

    /// <summary>
    /// Removes a subscription; nothing more is delivered to it. With <paramref name="onlyIfTarget"/>, only while the
    /// subscription still delivers there: a closing client must not end a subscription another client took over.
    /// </summary>
    Task UnsubscribeAsync(Guid subscriptionId, string? onlyIfTarget);

    /// <summary>The stream's explicit subscriptions.</summary>
    Task<StreamSubscription[]> GetSubscriptionsAsync();

    /// <summary>Activates the queue so it resumes delivering events stored before a restart.</summary>
    Task WakeAsync();

    /// <summary>
    /// Delivers a parked event once more to its subscription (one attempt); null when it was handled, else why not
    /// (the subscriber's error, or the subscription is gone or has no receiver attached).
    /// </summary>
    Task<string?> RedeliverAsync(Guid subscriptionId, long sequence, byte[] payload);
}
