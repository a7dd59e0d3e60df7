using Mesh.Runtime.Catalog;
using Mesh.Runtime.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Activation;

/// <summary>The silo services every activation uses, gathered once so an activation holds one reference.</summary>
internal sealed class ActivationRuntime(IServiceProvider services, TimeProvider time, ILoggerFactory loggers, RuntimeInstruments instruments)
{
    private GrainActivationCatalog? _catalog;
    private IGrainFactory? _grainFactory;

    public IServiceProvider Services { get; } = services;

    public TimeProvider Time { get; } = time;

    public ILogger Logger { get; } = loggers.CreateLogger("Mesh.Runtime.Activation");

    public RuntimeInstruments Instruments { get; } = instruments;

    // Resolved late: the catalog and the factory depend on this object in turn.
    public GrainActivationCatalog Catalog => _catalog ??= Services.GetRequiredService<GrainActivationCatalog>();

    public IGrainFactory GrainFactory => _grainFactory ??= Services.GetRequiredService<IGrainFactory>();
}
