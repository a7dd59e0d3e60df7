using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mesh.Runtime.Client;

/// <summary>Adds a cluster client to a process that hosts no grains.</summary>
public static class ClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="ClusterClient"/> as <see cref="IGrainFactory"/>. Calling it twice is harmless (the first
    /// configuration wins).
    /// </summary>
    public static IServiceCollection AddMeshClient(this IServiceCollection services, Action<ClusterClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(sp =>
        {
            var options = new ClusterClientOptions();
            configure(options);
            return new ClusterClient(options, sp.GetService<Serialization.IMeshSerializer>(), sp.GetService<TimeProvider>());
        });
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<ClusterClient>());
        return services;
    }
}
