namespace Mesh.Runtime.Messaging;

/// <summary>A liveness probe waiting for its answer.</summary>
internal sealed class ProbeCall(Connection connection, long deadline, SiloAddress silo) : IPendingCall
{
    private readonly TaskCompletionSource<bool> _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<bool> Task => _answered.Task;

    public long Deadline { get; } = deadline;

    public Connection Connection { get; } = connection;

    public void OnResponse(Message response) => _answered.TrySetResult(response.Kind == MessageKind.Pong);

    public void OnFailure(Exception error) => _answered.TrySetResult(false);

    public string Describe() => $"probe of {silo}";
}
