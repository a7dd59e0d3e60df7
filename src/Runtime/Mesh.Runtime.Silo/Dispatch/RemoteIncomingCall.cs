using Mesh.Runtime.Activation;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Dispatch;

/// <summary>
/// A request from another silo or a client, run by an activation in this silo. Its outcome is written straight back
/// to the connection it came from, without a task in between: the hot path of every remote call.
/// </summary>
internal sealed class RemoteIncomingCall<TResult>(
    GrainRequest<TResult> request,
    Message message,
    Connection connection,
    SiloMessaging messaging,
    SiloCallServices services) : IncomingCall
{
    private readonly long _started = services.Time.GetTimestamp();
    private readonly CallChain? _chain = message.ToCallChain();
    private int _replied;

    public override CallChain? Chain => _chain;

    public override RequestFlags Flags => request.Flags;

    public override long Deadline => _started + services.ResponseTimeoutTicks;

    public override async Task ExecuteAsync(object grain)
    {
        TResult result;
        try
        {
            result = await request.InvokeAsync(grain);
        }
        catch (Exception error)
        {
            Fail(error);
            return;
        }

        Message response;
        try
        {
            response = messaging.Messages.CreateResponse(message.Id, result);
        }
        catch (Exception error)
        {
            Fail(error);
            return;
        }

        Reply(response, failed: false);
    }

    public override void Fail(Exception error) =>
        Reply(error is SiloUnavailableException { WasDelivered: false }
            ? messaging.Messages.CreateRejection(message.Id, error.Message)
            : messaging.Messages.CreateError(message.Id, error), failed: true);

    public override void TimeOut() =>
        Reply(messaging.Messages.CreateError(message.Id, new GrainCallTimeoutException($"{Describe()} got no response within {services.ResponseTimeout}.")), failed: true);

    public override string Describe() => $"{request.InterfaceName}.{request.MethodName} on {message.Target}";

    private void Reply(Message reply, bool failed)
    {
        if (Interlocked.Exchange(ref _replied, 1) != 0)
        {
            return;
        }

        services.Instruments.CallCompleted(services.Time, _started, failed);
        if (message.Kind == MessageKind.Request)
        {
            messaging.Reply(connection, reply);
        }
    }
}
