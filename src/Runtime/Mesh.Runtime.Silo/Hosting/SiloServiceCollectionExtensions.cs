using Mesh.Runtime.Activation;
using Mesh.Runtime.Catalog;
using Mesh.Runtime.Diagnostics;
using Mesh.Runtime.Dispatch;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Hosting;

/// <summary>Adds a Mesh silo to a host.</summary>
public static class SiloServiceCollectionExtensions
{
    /// <summary>
    /// Adds a silo: the activation catalog, the turn scheduler, the grain factory (as <see cref="IGrainFactory"/>)
    /// and a hosted service that starts and stops it. Calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddMeshSilo(this IServiceCollection services, Action<ISiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new SiloBuilder(services);
        if (!services.Any(s => s.ServiceType == typeof(GrainActivationCatalog)))
        {
            AddSiloServices(services);
        }

        configure(builder);
        return services;
    }

    private static void AddSiloServices(IServiceCollection services)
    {
        services.AddOptions<SiloOptions>().ValidateOnStart();
        services.AddMetrics();
        services.AddLogging();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SiloOptions>, SiloOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMeshSerializer>(_ => JsonMeshSerializer.Default);
        services.TryAddSingleton<IDeepCopier, DeepCopier>();
        services.TryAddSingleton<RuntimeInstruments>();
        services.TryAddSingleton<CallTimeoutSweeper>();
        services.TryAddSingleton<GrainTypeMap>();
        services.TryAddSingleton<ActivationRuntime>();
        services.TryAddSingleton<GrainActivationCatalog>();
        services.TryAddSingleton<SiloCallServices>();
        services.TryAddSingleton<IGrainCallInvoker, SiloGrainCallInvoker>();
        services.TryAddSingleton<IGrainFactory>(sp => new GrainFactory(sp.GetRequiredService<IGrainCallInvoker>()));
        services.TryAddSingleton<ActivationCollector>();
        services.AddHostedService<MeshSiloService>();
    }
}
