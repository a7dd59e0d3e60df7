using Mesh.Grains.Hosting;
using Mesh.Runtime.AdoNet;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.State;
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
        services.AddOptions<MeshStorageOptions>().BindConfiguration(MeshStorageOptions.SectionName);
        services.TryAddSingleton(OpenDatabase);
        services.AddMeshSilo(silo => silo
            .AddMeshGrains(builder.Configuration)
            .AddGrainStorage(GrainStorageNames.Default, sp => new AdoNetGrainStorage(sp.GetRequiredService<MeshDatabase>())));
        services.Replace(ServiceDescriptor.Singleton<IAuditTrail, DatabaseAuditTrail>());
        services.AddMeshReadinessCheck<StorageHealthCheck>("storage");
        services.AddMeshReadinessCheck<ClusterHealthCheck>("cluster");
        return builder;
    }

    private static MeshDatabase OpenDatabase(IServiceProvider services)
    {
        var storage = services.GetRequiredService<IOptions<MeshStorageOptions>>().Value;
        if (string.Equals(storage.Provider, "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            return MeshDatabase.ForPostgreSql(storage.ConnectionString
                ?? throw new InvalidOperationException("Mesh:Storage:ConnectionString is required when Mesh:Storage:Provider is PostgreSql."));
        }

        if (!string.Equals(storage.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Mesh:Storage:Provider must be Sqlite or PostgreSql, not '{storage.Provider}'.");
        }

        var web = services.GetRequiredService<IOptions<MeshWebOptions>>().Value;
        var environment = services.GetRequiredService<IHostEnvironment>();
        var file = storage.ConnectionString ?? Path.Combine(environment.ResolvePath(web.DataDirectory), "mesh.db");
        return MeshDatabase.ForSqlite(file);
    }
}
