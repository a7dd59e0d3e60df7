using Mesh.Grains.Encounters;
using Mesh.Grains.Hosting;
using Mesh.Runtime.Streams.Client;
using Mesh.Runtime.Client;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Cluster;

/// <summary>
/// Hosts a silo inside the web process, on one database shared with the audit trail (local mode); or, when
/// "Mesh:Client:Gateways" names gateway silos, calls a separate cluster through a cluster client instead.
/// </summary>
public static class LocalSiloExtensions
{
    public static WebApplicationBuilder AddMeshLocalSilo(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var gateways = builder.Configuration.GetSection("Mesh:Client:Gateways").Get<List<string>>() ?? [];
        if (gateways.Count > 0)
        {
            // The silos own the schema; this process only opens the same database for its audit trail.
            services.AddOptions<MeshStorageOptions>().BindConfiguration(MeshStorageOptions.SectionName);
            services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<MeshStorageOptions>>().Value.Open(DataDirectory(sp)));
            services.AddMeshClient(options => options.Gateways = gateways);

            // Live encounters: the hub writes audio into, and follows events of, the silos' durable encounter streams.
            services.AddClientStreams(EncounterStreams.Provider, isDurable: true);
        }
        else
        {
            services.AddMeshClinicSilo(builder.Configuration, DataDirectory);
        }

        services.Replace(ServiceDescriptor.Singleton<IAuditTrail, DatabaseAuditTrail>());
        services.AddMeshReadinessCheck<StorageHealthCheck>("storage");
        services.AddMeshReadinessCheck<ClusterHealthCheck>("cluster");
        return builder;
    }

    private static string DataDirectory(IServiceProvider services) =>
        services.GetRequiredService<IHostEnvironment>().ResolvePath(services.GetRequiredService<IOptions<MeshWebOptions>>().Value.DataDirectory);
}
