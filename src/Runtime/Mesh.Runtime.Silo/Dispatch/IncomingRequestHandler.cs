using Mesh.Runtime.Diagnostics;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Messaging;
using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Dispatch;

/// <summary>Runs requests that arrive from other silos and clients and sends their outcome back on the same connection.</summary>
internal sealed class IncomingRequestHandler(CallRouter router, SiloMessaging messaging, SiloCallServices services, ILogger<IncomingRequestHandler> logger)
{
    public void Handle(Connection connection, Message message)
    {
        GrainRequest request;
        try
        {
            request = messaging.Messages.ReadRequest(message);
        }
        catch (Exception error)
        {
            ClusterLog.BadRequest(logger, error, message.RequestKey, message.Target);
            messaging.Reply(connection, messaging.Messages.CreateError(message.Id, error));
            return;
        }

        _ = request.Accept(new Invocation(this, connection, message));
    }

    /// <summary>One incoming request: the visitor learns its result type, so the reply is serialized without reflection.</summary>
    private sealed class Invocation(IncomingRequestHandler owner, Connection connection, Message message) : IGrainRequestVisitor<Task>
    {
        public Task Visit<TResult>(GrainRequest<TResult> request)
        {
            var placed = (message.Flags & MessageFlags.Placed) != 0;
            if (owner.TryDispatchHere(new RemoteIncomingCall<TResult>(request, message, connection, owner.Messaging, owner.Services), message, placed))
            {
                return Task.CompletedTask;
            }

            var forwarded = (message.Flags & MessageFlags.Forwarded) != 0;
            var task = owner.RunAsync(message.Target, request, message.ToCallChain(), placed, forwarded);
            return task.IsCompleted ? Reply(task) : ReplyWhenDoneAsync(task);
        }

        private async Task ReplyWhenDoneAsync<TResult>(Task<TResult> task)
        {
            // The outcome, failure included, is read and reported by Reply.
            await ((Task)task).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await Reply(task).ConfigureAwait(false);
        }

        private Task Reply<TResult>(Task<TResult> task)
        {
            if (message.Kind == MessageKind.OneWay)
            {
                return Task.CompletedTask;
            }

            var messages = owner.Messaging.Messages;
            Message reply;
            if (task.IsCompletedSuccessfully)
            {
                try
                {
                    reply = messages.CreateResponse(message.Id, task.Result);
                }
                catch (Exception error)
                {
                    reply = messages.CreateError(message.Id, error);
                }
            }
            else
            {
                var error = task.Exception?.InnerException ?? new TaskCanceledException();
                reply = error is SiloUnavailableException { WasDelivered: false }
                    ? messages.CreateRejection(message.Id, error.Message)
                    : messages.CreateError(message.Id, error);
            }

            owner.Messaging.Reply(connection, reply);
            return Task.CompletedTask;
        }
    }

    private SiloMessaging Messaging => messaging;

    private SiloCallServices Services => services;

    private bool TryDispatchHere(Activation.IncomingCall call, Message message, bool placed) => router.TryDispatchHere(message.Target, placed, call);

    private Task<TResult> RunAsync<TResult>(GrainId target, GrainRequest<TResult> request, CallChain? chain, bool placed, bool forwarded)
    {
        try
        {
            return router.InvokeAsync(target, request, chain, placed, fromRemote: true, forwarded);
        }
        catch (Exception error)
        {
            return Task.FromException<TResult>(error);
        }
    }
}
