using Mesh.Runtime.Invocation;
using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Messaging;

/// <summary>A typed request waiting for its response; the caller awaits <see cref="Task"/>.</summary>
internal sealed class RemoteCall<TResult>(GrainId target, GrainRequest<TResult> request, IMeshSerializer serializer, Connection connection, long deadline)
    : IPendingCall
{
    // Continuations run asynchronously so the connection's read loop never runs caller code.
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<TResult> Task => _completion.Task;

    public long Deadline { get; } = deadline;

    public Connection Connection { get; } = connection;

    public void OnResponse(Message response)
    {
        switch (response.Kind)
        {
            case MessageKind.Response:
                TResult result;
                try
                {
                    result = serializer.Deserialize<TResult>(response.Body.Span);
                }
                catch (Exception error)
                {
                    _completion.TrySetException(error);
                    return;
                }

                _completion.TrySetResult(result);
                break;
            case MessageKind.Error:
                _completion.TrySetException(serializer.Deserialize<RemoteError>(response.Body.Span)!.ToException());
                break;
            case MessageKind.Rejection:
                var reason = serializer.Deserialize<string>(response.Body.Span);
                _completion.TrySetException(new SiloUnavailableException($"{Describe()} was refused before it ran: {reason}", wasDelivered: false));
                break;
            default:
                _completion.TrySetException(new InvalidDataException($"{Describe()} got a {response.Kind} frame as its response."));
                break;
        }
    }

    public void OnFailure(Exception error) => _completion.TrySetException(error);

    public string Describe() => $"{request.InterfaceName}.{request.MethodName} on {target}";
}
