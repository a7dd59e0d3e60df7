using Mesh.Runtime.Streams.Providers;

namespace Mesh.Runtime.Streams;

/// <summary>One explicit subscription to one stream: unsubscribe it, or resume it with a handler after a restart.</summary>
/// <typeparam name="T">The event type.</typeparam>
public sealed class StreamSubscriptionHandle<T>
{
    private readonly AsyncStream<T> _stream;

    internal StreamSubscriptionHandle(AsyncStream<T> stream, Guid subscriptionId)
    {
        _stream = stream;
        SubscriptionId = subscriptionId;
    }

    /// <summary>The subscription's id.</summary>
    public Guid SubscriptionId { get; }

    /// <summary>The stream subscribed to.</summary>
    public StreamId StreamId => _stream.Id;

    /// <summary>The provider of the stream.</summary>
    public string ProviderName => _stream.ProviderName;

    /// <summary>Ends the subscription: once this completes, nothing more is delivered to it and its handler in this process is not running.</summary>
    public Task UnsubscribeAsync() => _stream.UnsubscribeAsync(SubscriptionId);

    /// <summary>
    /// Attaches a handler in this process to the subscription and delivers from after its last acknowledged event, or
    /// from <paramref name="fromToken"/> where the provider still has it. In a cluster client this also takes over a
    /// subscription another client made (e.g. an earlier run of this process), as long as it was not removed.
    /// </summary>
    public async Task<StreamSubscriptionHandle<T>> ResumeAsync(Func<T, StreamSequenceToken, Task> onNext, StreamSequenceToken? fromToken = null)
    {
        ArgumentNullException.ThrowIfNull(onNext);
        await _stream.ResumeAsync(SubscriptionId, null, onNext, fromToken).ConfigureAwait(false);
        return this;
    }

    /// <summary>Like <see cref="ResumeAsync(Func{T, StreamSequenceToken, Task}, StreamSequenceToken?)"/>, for a subscriber object or grain.</summary>
    public async Task<StreamSubscriptionHandle<T>> ResumeAsync(IStreamSubscriber<T> subscriber, StreamSequenceToken? fromToken = null)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        await _stream.ResumeAsync(SubscriptionId, subscriber, null, fromToken).ConfigureAwait(false);
        return this;
    }
}
