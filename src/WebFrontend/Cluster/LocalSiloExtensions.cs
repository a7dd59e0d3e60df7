using System.Net;
using System.Net.Sockets;
using Mesh.Grains.Health;
using Mesh.Grains.Hosting;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Mesh.WebFrontend.Cluster;

/// <summary>
/// Hosts an Orleans silo inside the web process, on one database shared with the audit trail (local mode); or, when
/// "Mesh:Cluster:Provider" is PostgreSql (gateways from the membership table) or "Mesh:Client:Gateways" lists
/// gateways, joins a separate cluster as an Orleans client instead.
/// </summary>
public static class LocalSiloExtensions
{
    public static WebApplicationBuilder AddMeshLocalSilo(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var cluster = builder.Configuration.GetSection("Mesh:Cluster").Get<ClusterClientOptions>() ?? new ClusterClientOptions();
        var gateways = builder.Configuration.GetSection("Mesh:Client:Gateways").Get<List<string>>() ?? [];
        if (cluster.UsesMembershipTable || gateways.Count > 0)
        {
            // The silos own the schema; this process only opens the same database for its audit trail.
            services.AddOptions<MeshStorageOptions>().BindConfiguration(MeshStorageOptions.SectionName);
            services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<MeshStorageOptions>>().Value.Open(DataDirectory(sp)));
            builder.UseOrleansClient(client => client.AddMeshClusterClient(builder.Configuration, cluster, gateways));
            services.AddMeshReadinessCheck<DatabaseHealthCheck>("storage");
        }
        else
        {
            // One silo on loopback ports nobody else holds, so several local Mesh processes (and tests) can run side by side.
            builder.UseOrleans(silo => silo
                .UseLocalhostClustering(FreeTcpPort(), FreeTcpPort(), serviceId: cluster.ServiceId, clusterId: cluster.ClusterId)
                .AddMeshClinicSilo(builder.Configuration, DataDirectory));
            services.AddMeshSiloHealthChecks(builder.Configuration);
        }

        services.AddExceptionHandler<ClusterUnavailableExceptionHandler>();
        services.Replace(ServiceDescriptor.Singleton<IAuditTrail, DatabaseAuditTrail>());
        services.AddMeshReadinessCheck<ClusterHealthCheck>("cluster");
        return builder;
    }

    private static void AddMeshClusterClient(this IClientBuilder client, IConfiguration configuration, ClusterClientOptions cluster, List<string> gateways)
    {
        client.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = cluster.ClusterId;
            options.ServiceId = cluster.ServiceId;
        });
        client.AddOutgoingGrainCallFilter<ReadRetryCallFilter>();
        client.AddActivityPropagation();
        client.AddDashboard();
        if (gateways.Count > 0)
        {
            client.UseStaticClustering([.. gateways.Select(IPEndPoint.Parse)]);
            return;
        }

        var connectionString = cluster.ConnectionString ?? configuration[$"{MeshStorageOptions.SectionName}:ConnectionString"]
            ?? throw new InvalidOperationException("Mesh:Cluster:ConnectionString (or Mesh:Storage:ConnectionString) is required when Mesh:Cluster:Provider is PostgreSql.");
        client.UseAdoNetClustering(options =>
        {
            options.Invariant = MeshSiloHostExtensions.PostgreSqlInvariant;
            options.ConnectionString = connectionString;
        });
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string DataDirectory(IServiceProvider services) =>
        services.GetRequiredService<IHostEnvironment>().ResolvePath(services.GetRequiredService<IOptions<MeshWebOptions>>().Value.DataDirectory);
}
