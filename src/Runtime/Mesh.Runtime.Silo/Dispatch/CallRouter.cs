using Mesh.Runtime.Catalog;
using Mesh.Runtime.Directory;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Dispatch;

/// <summary>
/// Carries a call to the grain wherever it lives: into this silo's catalog when this silo hosts it, else over TCP to
/// the host. A call refused before it ran (host stopping, host unreachable, entry moved) is retried after the
/// location is looked up again, until the response timeout; a call that may have run is never retried.
/// </summary>
internal sealed class CallRouter(
    GrainLocator locator,
    GrainActivationCatalog catalog,
    SiloCallServices services,
    SiloMessaging messaging,
    IGrainDirectory directory,
    ClusterState state)
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMilliseconds(500);

    /// <param name="target">The grain.</param>
    /// <param name="request">The call.</param>
    /// <param name="chain">The caller's call chain.</param>
    /// <param name="placedHere">A caller chose this silo as the grain's home.</param>
    /// <param name="fromRemote">The request came off the wire: its arguments are this call's own already.</param>
    /// <param name="forwarded">Another silo sent the request here after its own lookup (observer calls: to this gateway).</param>
    public Task<TResult> InvokeAsync<TResult>(GrainId target, GrainRequest<TResult> request, CallChain? chain, bool placedHere, bool fromRemote, bool forwarded = false)
    {
        if (ObserverIds.IsObserver(target))
        {
            return InvokeObserverAsync(target, request, chain, forwarded);
        }

        var located = locator.LocateAsync(target, placedHere);
        if (located.IsCompletedSuccessfully && located.Result == locator.Self && !state.RefusingCalls)
        {
            return InvokeLocal(target, request, chain, fromRemote);
        }

        return InvokeWithRetriesAsync(target, request, chain, placedHere, fromRemote);
    }

    /// <summary>
    /// Hands a call that came off the wire to its activation when the grain is known to live here and this silo takes
    /// calls; false when it needs the slower path (placement, registration, forwarding or retries).
    /// </summary>
    public bool TryDispatchHere(GrainId target, bool placedHere, Activation.IncomingCall call)
    {
        if (ObserverIds.IsObserver(target) || state.RefusingCalls)
        {
            return false;
        }

        var located = locator.LocateAsync(target, placedHere);
        if (!located.IsCompletedSuccessfully || located.Result != locator.Self)
        {
            return false;
        }

        catalog.Dispatch(target, call);
        return true;
    }

    private Task<TResult> InvokeLocal<TResult>(GrainId target, GrainRequest<TResult> request, CallChain? chain, bool fromRemote)
    {
        if (!fromRemote)
        {
            // Caller and callee share a process: copy mutable arguments so neither sees the other's later changes.
            request.CopyArguments(services.Copier);
        }

        var call = new LocalCall<TResult>(request, chain, target, services);
        catalog.Dispatch(target, call);
        return call.Task;
    }

    /// <summary>
    /// Calls an observer in a cluster client: through the client's connection when it is connected here, else through
    /// the gateway the directory names. Retried while the client is between gateways, until the response timeout.
    /// A call another silo forwarded here (the directory named this gateway) is refused at once when the client is not
    /// connected here: the sender looks the gateway up again and retries, so only the sender's loop waits, and when
    /// the client stays unreachable the sender learns that rather than timing out.
    /// </summary>
    private async Task<TResult> InvokeObserverAsync<TResult>(GrainId target, GrainRequest<TResult> request, CallChain? chain, bool forwarded)
    {
        var clientId = ObserverIds.ClientOf(target);
        var time = services.Time;
        var deadline = time.GetTimestamp() + services.ResponseTimeoutTicks;
        var delay = FirstRetryDelay;
        while (true)
        {
            try
            {
                if (messaging.HasClient(clientId))
                {
                    return await messaging.SendToClientAsync(clientId, target, request, chain).ConfigureAwait(false);
                }

                if (forwarded)
                {
                    throw new SiloUnavailableException($"Client {clientId} is not connected to this gateway.", wasDelivered: false);
                }

                var gateway = await directory.FindClientGatewayAsync(clientId).ConfigureAwait(false);
                if (gateway is null || gateway == locator.Self)
                {
                    throw new SiloUnavailableException($"Client {clientId} is not connected to any gateway.", wasDelivered: false);
                }

                return await messaging.SendRequestAsync(gateway, target, request, chain, MessageFlags.Forwarded).ConfigureAwait(false);
            }
            catch (SiloUnavailableException error) when (!error.WasDelivered && !forwarded && time.GetTimestamp() < deadline)
            {
                await Task.Delay(delay, time).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    private async Task<TResult> InvokeWithRetriesAsync<TResult>(GrainId target, GrainRequest<TResult> request, CallChain? chain, bool placedHere, bool fromRemote)
    {
        var time = services.Time;
        var deadline = time.GetTimestamp() + services.ResponseTimeoutTicks;
        var delay = FirstRetryDelay;
        while (true)
        {
            var host = await locator.LocateAsync(target, placedHere).ConfigureAwait(false);
            try
            {
                if (host != locator.Self)
                {
                    var flags = MessageFlags.Placed | (fromRemote ? MessageFlags.Forwarded : MessageFlags.None);
                    return await messaging.SendRequestAsync(host, target, request, chain, flags).ConfigureAwait(false);
                }

                if (state.RefusingCalls)
                {
                    throw new SiloUnavailableException($"This silo is stopping; {target} is not accepting calls here.", wasDelivered: false);
                }

                return await InvokeLocal(target, request, chain, fromRemote).ConfigureAwait(false);
            }
            catch (SiloUnavailableException error) when (!error.WasDelivered && time.GetTimestamp() < deadline && !(fromRemote && host == locator.Self))
            {
                // Not run anywhere: look the grain up again (it may be moving off a stopping or dead silo) and retry.
                locator.Invalidate(target, host);
                placedHere = false;
                await Task.Delay(delay, time).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }
}
