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

    /// <summary>Re-attaches a subscription whose handler was registered again, optionally rewinding it.</summary>
    Task ResumeAsync(Guid subscriptionId, long? afterSequence);

    /// <summary>Removes a subscription; nothing more is delivered to it.</summary>
    Task UnsubscribeAsync(Guid subscriptionId);

    /// <summary>The stream's explicit subscriptions.</summary>
    Task<StreamSubscription[]> GetSubscriptionsAsync();

    /// <summary>Activates the queue so it resumes delivering events stored before a restart.</summary>
    Task WakeAsync();
}
