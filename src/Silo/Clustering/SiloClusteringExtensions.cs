using System.Net;
using Mesh.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Mesh.Silo.Clustering;

/// <summary>Makes the silo a cluster member: Orleans' ADO.NET membership on PostgreSQL, or one silo on localhost.</summary>
public static class SiloClusteringExtensions
{
    /// <summary>Joins the cluster "Mesh:Cluster" of <paramref name="configuration"/> names.</summary>
    public static ISiloBuilder AddMeshClustering(this ISiloBuilder silo, IConfiguration configuration)
    {
        var section = configuration.GetSection(SiloClusteringOptions.SectionName);
        var clustering = section.Get<SiloClusteringOptions>() ?? new SiloClusteringOptions();
        if (!clustering.Enabled)
        {
            return silo.UseLocalhostClustering(clustering.SiloPort, clustering.GatewayPort, serviceId: clustering.ServiceId, clusterId: clustering.ClusterId);
        }

        if (!string.Equals(clustering.Provider, "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Mesh:Cluster:Provider must be None or PostgreSql, not '{clustering.Provider}'.");
        }

        var storage = configuration.GetSection(MeshStorageOptions.SectionName).Get<MeshStorageOptions>() ?? new MeshStorageOptions();
        var connectionString = clustering.ConnectionString ?? storage.ConnectionString
            ?? throw new InvalidOperationException("Mesh:Cluster:ConnectionString (or Mesh:Storage:ConnectionString) is required when Mesh:Cluster:Provider is PostgreSql.");
        silo.Configure<ClusterMembershipOptions>(configuration.GetSection(SiloClusteringSettingsCheck.MembershipSection));
        if (clustering.Kubernetes)
        {
            // The pod is the silo: its name and IP (POD_NAME, POD_IP) are the silo's name and address, the cluster and
            // service ids come from the pod's orleans/clusterId and orleans/serviceId labels (ORLEANS_CLUSTER_ID,
            // ORLEANS_SERVICE_ID through the downward API), and pods of silos declared dead are deleted.
            silo.UseKubernetesHosting();
            silo.Configure<EndpointOptions>(options =>
            {
                options.SiloPort = clustering.SiloPort;
                options.GatewayPort = clustering.GatewayPort;
            });
        }
        else
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = clustering.ClusterId;
                options.ServiceId = clustering.ServiceId;
            });
            var address = clustering.AdvertisedAddress is { Length: > 0 } advertised ? IPAddress.Parse(advertised) : null;
            silo.ConfigureEndpoints(address ?? IPAddress.Loopback, clustering.SiloPort, clustering.GatewayPort, listenOnAnyHostAddress: address is not null);
        }

        return silo.UseAdoNetClustering(options =>
        {
            options.Invariant = MeshSiloHostExtensions.PostgreSqlInvariant;
            options.ConnectionString = connectionString;
        });
    }
}
