using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Storage;

/// <summary>One write the batcher carries to the database, completed when its transaction commits.</summary>
internal abstract record StreamWrite
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Done => _done.Task;

    /// <summary>How many rows it adds, to keep transactions to a bounded size.</summary>
    public virtual int Weight => 1;

    public void Complete() => _done.TrySetResult();

    public void Fail(Exception error) => _done.TrySetException(error);
}

internal sealed record InsertEvents(StreamQueueKey Stream, IReadOnlyList<StoredStreamEvent> Events) : StreamWrite
{
    public override int Weight => Events.Count;
}

internal sealed record UpsertSubscription(StreamQueueKey Stream, StreamSubscription Subscription, long Acked) : StreamWrite;

internal sealed record DeleteSubscription(StreamQueueKey Stream, Guid SubscriptionId) : StreamWrite;

internal sealed record UpdateAcks(StreamQueueKey Stream, IReadOnlyList<SubscriptionAck> Acks) : StreamWrite
{
    public override int Weight => Acks.Count;
}

internal sealed record InsertParked(ParkedStreamEvent Parked) : StreamWrite;

internal sealed record DeleteParked(long Id) : StreamWrite;

internal sealed record UpdateParked(long Id, string Error, int Attempts) : StreamWrite;

internal sealed record TrimEvents(StreamQueueKey Stream, long UpTo, long CountLimit, DateTimeOffset Cutoff) : StreamWrite;
