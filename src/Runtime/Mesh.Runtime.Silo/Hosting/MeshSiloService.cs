using Mesh.Runtime.Activation;
using Mesh.Runtime.Catalog;
using Mesh.Runtime.Diagnostics;
using Mesh.Runtime.Dispatch;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Hosting;

/// <summary>Starts the silo with the host and, on a graceful stop, deactivates every activation so state is written.</summary>
internal sealed class MeshSiloService(
    GrainTypeMap grainTypes,
    GrainActivationCatalog catalog,
    ActivationCollector collector,
    CallTimeoutSweeper timeouts,
    RuntimeInstruments instruments,
    IOptions<SiloOptions> options,
    ILogger<MeshSiloService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        instruments.ObserveQueueLength(() => catalog.Activations.Sum(a => (long)a.WaitingCount));
        collector.Start();
        timeouts.Start();
        SiloLog.SiloStarted(logger, grainTypes.Classes.Count());
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        SiloLog.SiloStopping(logger, catalog.Count);
        collector.Stop();
        timeouts.Dispose();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.DeactivationTimeout);
        try
        {
            await catalog.DeactivateAllAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // A request that never ends keeps its activation alive; the stop goes on without it.
            SiloLog.DeactivationTimedOut(logger, catalog.Count, options.Value.DeactivationTimeout);
        }
    }
}
