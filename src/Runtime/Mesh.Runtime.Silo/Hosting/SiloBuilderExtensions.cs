using System.Reflection;
using Mesh.Runtime.AdoNet;
using Mesh.Runtime.Catalog;
using Mesh.Runtime.State;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.Hosting;

/// <summary>Grains, storage and options for a silo.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>Hosts the grain classes of the given assemblies.</summary>
    public static ISiloBuilder AddGrains(this ISiloBuilder builder, params Assembly[] assemblies)
    {
        foreach (var assembly in assemblies)
        {
            builder.Services.AddSingleton(new GrainAssembly(assembly));
        }

        return builder;
    }

    /// <summary>Changes silo options.</summary>
    public static ISiloBuilder Configure(this ISiloBuilder builder, Action<SiloOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Adds a grain storage provider under a name.</summary>
    public static ISiloBuilder AddGrainStorage(this ISiloBuilder builder, string name, Func<IServiceProvider, IGrainStorage> factory)
    {
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, (services, _) => factory(services));
        return builder;
    }

    /// <summary>Adds grain storage in a SQLite file (created with its folder if missing): the embedded, one-machine default.</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string filePath, string name = GrainStorageNames.Default) =>
        builder.AddAdoNetGrainStorage(name, () => MeshDatabase.ForSqlite(filePath));

    /// <summary>Adds grain storage in PostgreSQL: the cluster default.</summary>
    public static ISiloBuilder AddPostgreSqlGrainStorage(this ISiloBuilder builder, string connectionString, string name = GrainStorageNames.Default) =>
        builder.AddAdoNetGrainStorage(name, () => MeshDatabase.ForPostgreSql(connectionString));

    private static ISiloBuilder AddAdoNetGrainStorage(this ISiloBuilder builder, string name, Func<MeshDatabase> open)
    {
        builder.Services.AddKeyedSingleton(name, (_, _) => open());
        return builder.AddGrainStorage(name, services => new AdoNetGrainStorage(services.GetRequiredKeyedService<MeshDatabase>(name)));
    }

    /// <summary>Adds in-memory grain storage (lost with the process); pass an instance to share it across silo restarts in tests.</summary>
    public static ISiloBuilder AddMemoryGrainStorage(this ISiloBuilder builder, string name = GrainStorageNames.Default, MemoryGrainStorage? storage = null)
    {
        var instance = storage ?? new MemoryGrainStorage();
        return builder.AddGrainStorage(name, _ => instance);
    }
}
