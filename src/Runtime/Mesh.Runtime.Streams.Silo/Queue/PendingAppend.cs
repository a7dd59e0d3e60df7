namespace Mesh.Runtime.Streams.Queue;

/// <summary>A producer's events waiting to be numbered and written; completes with the last sequence given to them.</summary>
internal sealed class PendingAppend(byte[][] payloads)
{
    private readonly TaskCompletionSource<long> _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public byte[][] Payloads { get; } = payloads;

    public Task<long> Written => _written.Task;

    public void Complete(long lastSequence) => _written.TrySetResult(lastSequence);

    public void Fail(Exception error) => _written.TrySetException(error);
}
