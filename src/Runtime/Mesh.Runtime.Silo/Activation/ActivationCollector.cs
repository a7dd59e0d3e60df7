using Mesh.Runtime.Catalog;
using Mesh.Runtime.Diagnostics;
using Mesh.Runtime.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Activation;

/// <summary>Deactivates activations that have been idle longer than the collection age, checking once per quantum.</summary>
internal sealed class ActivationCollector(GrainActivationCatalog catalog, TimeProvider time, IOptions<SiloOptions> options, ILogger<ActivationCollector> logger)
{
    private ITimer? _timer;

    public void Start()
    {
        var quantum = options.Value.CollectionQuantum;
        _timer = time.CreateTimer(static state => ((ActivationCollector)state!).CollectIdle(), this, quantum, quantum);
    }

    public void Stop() => _timer?.Dispose();

    public void CollectIdle()
    {
        var now = time.GetTimestamp();
        var idle = catalog.Activations.Where(a => a.IsIdleLongerThan(now, options.Value.CollectionAge)).ToList();
        if (idle.Count == 0)
        {
            return;
        }

        SiloLog.CollectingIdle(logger, idle.Count);
        foreach (var activation in idle)
        {
            activation.StartDeactivation(DeactivationReason.IdleCollection);
        }
    }
}
