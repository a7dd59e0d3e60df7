using System.Collections.Concurrent;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Client;

/// <summary>
/// The observer objects a client handed out references to, and the calls grains make on them: each runs on the
/// thread pool (never on the connection's read loop) and its outcome goes back on the connection it came from.
/// </summary>
internal sealed class ClientObservers(MessageFactory messages)
{
    private readonly ConcurrentDictionary<GrainId, object> _observers = new();

    public void Add(GrainId id, object observer) => _observers[id] = observer;

    public bool Remove(GrainId id) => _observers.TryRemove(id, out _);

    public void Handle(Connection connection, Message message)
    {
        if (!_observers.TryGetValue(message.Target, out var observer))
        {
            Reply(connection, messages.CreateError(message.Id, new ObserverNotFoundException($"Observer {message.Target} is not registered in this client (deleted, or the client restarted).")));
            return;
        }

        GrainRequest request;
        try
        {
            request = messages.ReadRequest(message);
        }
        catch (Exception error)
        {
            Reply(connection, messages.CreateError(message.Id, error));
            return;
        }

        _ = Task.Run(() => request.Accept(new Invocation(this, connection, message, observer)));
    }

    private static void Reply(Connection connection, Message reply)
    {
        var send = connection.SendAsync(reply);
        if (!send.IsCompletedSuccessfully)
        {
            // A closing connection: the silo's own timeout or connection loss reports the outcome to the grain.
            _ = send.AsTask().ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }
    }

    private sealed class Invocation(ClientObservers owner, Connection connection, Message message, object observer) : IGrainRequestVisitor<Task>
    {
        public async Task Visit<TResult>(GrainRequest<TResult> request)
        {
            Message reply;
            try
            {
                var result = await request.InvokeAsync(observer).ConfigureAwait(false);
                reply = owner.Messages.CreateResponse(message.Id, result);
            }
            catch (Exception error)
            {
                reply = owner.Messages.CreateError(message.Id, error);
            }

            if (message.Kind == MessageKind.Request)
            {
                Reply(connection, reply);
            }
        }
    }

    private MessageFactory Messages => messages;
}
