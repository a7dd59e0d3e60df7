using Mesh.Grains.Hosting;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Membership;
using Mesh.Runtime.Messaging;
using Mesh.Runtime.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Silo.Clustering;

/// <summary>Makes the silo process a cluster member when "Mesh:Cluster:Provider" names a membership database.</summary>
internal static class SiloClusteringExtensions
{
    public static IServiceCollection AddMeshClustering(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var section = configuration.GetSection(SiloClusteringOptions.SectionName);
        var clustering = section.Get<SiloClusteringOptions>() ?? new SiloClusteringOptions();
        if (!clustering.Enabled)
        {
            return services;
        }

        var storage = configuration.GetSection(MeshStorageOptions.SectionName).Get<MeshStorageOptions>() ?? new MeshStorageOptions();
        services.AddOptions<ClusterOptions>().Bind(section);
        services.AddOptions<MembershipOptions>().Bind(section.GetSection("Membership"));
        services.AddOptions<TransportOptions>().Bind(section.GetSection("Transport"));
        services.AddOptions<ReminderOptions>().Bind(section.GetSection("Reminders"));
        return services.AddMeshSilo(silo =>
        {
            if (string.Equals(clustering.Provider, "PostgreSql", StringComparison.OrdinalIgnoreCase))
            {
                silo.UsePostgreSqlClustering(clustering.ConnectionString ?? storage.ConnectionString
                    ?? throw new InvalidOperationException("Mesh:Cluster:ConnectionString (or Mesh:Storage:ConnectionString) is required when Mesh:Cluster:Provider is PostgreSql."));
            }
            else if (string.Equals(clustering.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                silo.UseSqliteClustering(clustering.ConnectionString ?? storage.ConnectionString ?? Path.Combine(dataDirectory, "mesh.db"));
            }
            else
            {
                throw new InvalidOperationException($"Mesh:Cluster:Provider must be None, Sqlite or PostgreSql, not '{clustering.Provider}'.");
            }
        });
    }
}
