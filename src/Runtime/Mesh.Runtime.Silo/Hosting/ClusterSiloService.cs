using Mesh.Runtime.Catalog;
using Mesh.Runtime.Diagnostics;
using Mesh.Runtime.Directory;
using Mesh.Runtime.Dispatch;
using Mesh.Runtime.Membership;
using Mesh.Runtime.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Hosting;

/// <summary>
/// Brings a silo into the cluster and out again. Start: listen, join the membership table as Active. Graceful stop:
/// ShuttingDown (no new activations here), refuse new calls with a retryable error, deactivate everything with state
/// written, drop this silo's directory entries, mark it Dead, close connections. Abrupt stop (<see cref="KillAsync"/>,
/// or finding itself declared dead): stop serving at once without any of that.
/// </summary>
internal sealed class ClusterSiloService(
    SiloMessaging messaging,
    IncomingRequestHandler handler,
    MembershipAgent agent,
    MembershipView view,
    GrainLocator locator,
    IGrainDirectory directory,
    GrainActivationCatalog catalog,
    ClusterState state,
    Invocation.IGrainCallInvoker invoker,
    TransportInstruments instruments,
    IOptions<ClusterOptions> cluster,
    IOptions<SiloOptions> silo,
    IOptions<MembershipOptions> membership,
    ILogger<ClusterSiloService> logger) : IHostedService
{
    private int _stopped;

    public SiloAddress Self => messaging.Self;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        messaging.OnRequest = handler.Handle;
        messaging.Messages.Invoker = invoker;
        messaging.ClientConnected += clientId => _ = RecordClientAsync(clientId);
        view.SilosDied += OnSilosDied;
        agent.DeclaredDeadBySelfView += () => _ = KillAsync();
        messaging.Start();
        await agent.JoinAsync(messaging.GatewayPort, cluster.Value.ClusterId, cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        await agent.SetStatusAsync(SiloStatus.ShuttingDown, cancellationToken).ConfigureAwait(false);
        state.RefuseCalls();
        locator.Clear();
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(silo.Value.DeactivationTimeout);
            try
            {
                await catalog.DeactivateAllAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                SiloLog.DeactivationTimedOut(logger, catalog.Count, silo.Value.DeactivationTimeout);
            }
        }

        await directory.UnregisterSiloAsync(Self, cancellationToken).ConfigureAwait(false);
        await agent.SetStatusAsync(SiloStatus.Dead, cancellationToken).ConfigureAwait(false);
        ClusterLog.Left(logger, Self, nameof(SiloStatus.Dead));
        await agent.StopAsync().ConfigureAwait(false);
        // Peers learn of the Dead row on their next table read; until then keep answering with retryable rejections
        // rather than dropping connections with requests on them.
        await Task.Delay(membership.Value.ProbePeriod * 2, CancellationToken.None).ConfigureAwait(false);
        await messaging.StopGracefullyAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        await messaging.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Stops serving at once, as a crashed process would: no deactivation, no table writes.</summary>
    public async Task KillAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        state.RefuseCalls();
        locator.Clear();
        await agent.StopAsync().ConfigureAwait(false);
        await messaging.DisposeAsync().ConfigureAwait(false);
    }

    private void OnSilosDied(IReadOnlyList<SiloAddress> died)
    {
        instruments.MembershipChanged(died.Count);
        locator.Forget(died);
        // Connections to the dead are left to close from their side (a crash already closed them; a graceful leaver
        // drains its replies first): closing here would fail calls whose rejection is still on its way.
        foreach (var silo in died.Where(s => s != Self))
        {
            _ = RemoveEntriesAsync(silo);
        }
    }

    private async Task RecordClientAsync(string clientId)
    {
        try
        {
            await directory.SetClientGatewayAsync(clientId, Self).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            ClusterLog.ClientRecordFailed(logger, error, clientId);
        }
    }

    private async Task RemoveEntriesAsync(SiloAddress silo)
    {
        try
        {
            // Optional tidying: entries of a dead silo are void anyway, and registrations replace them.
            await directory.UnregisterSiloAsync(silo).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            ClusterLog.DirectoryCleanupFailed(logger, error, silo);
        }
    }
}
