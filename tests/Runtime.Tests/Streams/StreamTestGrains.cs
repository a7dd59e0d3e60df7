using System.Collections.Concurrent;
using Mesh.Runtime.Streams;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>Follows every stream of namespace "recorded" and writes what it receives to the journal.</summary>
public interface IStreamRecorderGrain : IGrainWithStringKey
{
    /// <summary>Nothing; the grain is called by the stream.</summary>
    Task PingAsync();
}

[ImplicitStreamSubscription(StreamRecorderGrain.Namespace)]
public sealed class StreamRecorderGrain : Grain, IStreamRecorderGrain, IStreamSubscriber<int>
{
    public const string Namespace = "recorded";

    public Task PingAsync() => Task.CompletedTask;

    public Task OnNextAsync(int item, StreamSequenceToken token)
    {
        StreamJournal.Record(GetPrimaryKeyString(), token.Sequence, item);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Follows namespace "poison": throws on negative events, counting each attempt in the journal under "{key}/attempts",
/// until the test heals its key (then it records them like any event).
/// </summary>
public interface IPoisonSubscriberGrain : IGrainWithStringKey
{
    /// <summary>Nothing; the grain is called by the stream.</summary>
    Task PingAsync();
}

[ImplicitStreamSubscription(PoisonSubscriberGrain.Namespace)]
public sealed class PoisonSubscriberGrain : Grain, IPoisonSubscriberGrain, IStreamSubscriber<int>
{
    public const string Namespace = "poison";

    private static readonly ConcurrentDictionary<string, bool> Healed = new();

    /// <summary>From now on the grain of <paramref name="key"/> handles negative events too.</summary>
    public static void Heal(string key) => Healed[key] = true;

    public Task PingAsync() => Task.CompletedTask;

    public Task OnNextAsync(int item, StreamSequenceToken token)
    {
        if (item < 0 && !Healed.ContainsKey(GetPrimaryKeyString()))
        {
            var attempts = StreamJournal.Of(GetPrimaryKeyString() + "/attempts");
            attempts.Enqueue(new Received(token.Sequence, item));
            throw new InvalidOperationException($"Event {item} cannot be handled (attempt {attempts.Count}).");
        }

        StreamJournal.Record(GetPrimaryKeyString(), token.Sequence, item);
        return Task.CompletedTask;
    }
}

/// <summary>Subscribes itself explicitly to a stream of namespace "explicit" and journals under its own key.</summary>
public interface IExplicitSubscriberGrain : IGrainWithStringKey
{
    /// <summary>Subscribes this grain to the stream with the given key.</summary>
    Task SubscribeAsync(string provider, string streamKey);

    /// <summary>Unsubscribes every subscription of that stream.</summary>
    Task UnsubscribeAllAsync(string provider, string streamKey);
}

public sealed class ExplicitSubscriberGrain : Grain, IExplicitSubscriberGrain, IStreamSubscriber<int>
{
    public const string Namespace = "explicit";

    public Task SubscribeAsync(string provider, string streamKey) =>
        ServiceProvider.GetStreamProvider(provider).GetStream<int>(Namespace, streamKey).SubscribeAsync(this);

    public async Task UnsubscribeAllAsync(string provider, string streamKey)
    {
        var stream = ServiceProvider.GetStreamProvider(provider).GetStream<int>(Namespace, streamKey);
        foreach (var handle in await stream.GetAllSubscriptionHandlesAsync())
        {
            await handle.UnsubscribeAsync();
        }
    }

    public Task OnNextAsync(int item, StreamSequenceToken token)
    {
        StreamJournal.Record(GetPrimaryKeyString(), token.Sequence, item);
        return Task.CompletedTask;
    }
}
