using Mesh.Runtime.Invocation;
using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Client;

/// <summary>
/// Sends every call to the current gateway silo, which routes it in the cluster. A call refused before it ran (no
/// connection, gateway stopping) moves to the next gateway and is retried until the response timeout; a call lost
/// after it was sent fails, so it runs at most once.
/// </summary>
internal sealed class ClientGrainCallInvoker(GatewaySelector gateways, ConnectionPool connections, CallTracker tracker, MessageFactory messages) : IGrainCallInvoker
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(1);

    public async Task<TResult> InvokeAsync<TResult>(GrainId target, GrainRequest<TResult> request)
    {
        var time = tracker.Time;
        var deadline = time.GetTimestamp() + tracker.ResponseTimeoutTicks;
        var delay = FirstRetryDelay;
        while (true)
        {
            var gateway = await gateways.CurrentAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                var connection = await connections.GetAsync(gateway).ConfigureAwait(false);
                return await SendAsync(connection, target, request, deadline).ConfigureAwait(false);
            }
            catch (SiloUnavailableException error)
            {
                gateways.MarkFailed(gateway);
                if (error.WasDelivered || time.GetTimestamp() >= deadline)
                {
                    throw;
                }

                await Task.Delay(delay, time).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    private async Task<TResult> SendAsync<TResult>(Connection connection, GrainId target, GrainRequest<TResult> request, long deadline)
    {
        var id = tracker.NextId();
        var call = new RemoteCall<TResult>(target, request, messages.Serializer, connection, deadline);
        tracker.Add(id, call);
        try
        {
            var remaining = tracker.Time.GetElapsedTime(tracker.Time.GetTimestamp(), deadline);
            await connection.SendAsync(messages.CreateRequest(id, target, request, RuntimeContext.OutgoingChain, MessageFlags.None, remaining)).ConfigureAwait(false);
        }
        catch
        {
            tracker.Remove(id);
            throw;
        }

        return await call.Task.ConfigureAwait(false);
    }
}
