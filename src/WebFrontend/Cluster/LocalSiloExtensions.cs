using Mesh.Grains.Hosting;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Cluster;

/// <summary>
/// Hosts a silo inside the web process, on one database shared with the audit trail. This is local mode, and until
/// the cluster client lands it is also how a single production web node runs.
/// </summary>
public static class LocalSiloExtensions
{
    public static WebApplicationBuilder AddMeshLocalSilo(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMeshClinicSilo(builder.Configuration, DataDirectory);
        services.Replace(ServiceDescriptor.Singleton<IAuditTrail, DatabaseAuditTrail>());
        services.AddMeshReadinessCheck<StorageHealthCheck>("storage");
        services.AddMeshReadinessCheck<ClusterHealthCheck>("cluster");
        return builder;
    }

    private static string DataDirectory(IServiceProvider services) =>
        services.GetRequiredService<IHostEnvironment>().ResolvePath(services.GetRequiredService<IOptions<MeshWebOptions>>().Value.DataDirectory);
}
