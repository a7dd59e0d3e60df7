using Mesh.Runtime.AdoNet;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mesh.Grains.Hosting;

/// <summary>A complete Mesh silo from configuration: the clinical grains on the configured database.</summary>
public static class MeshSiloHostExtensions
{
    /// <summary>
    /// Adds a silo hosting Mesh's grains, with one <see cref="MeshDatabase"/> (from "Mesh:Storage") shared by grain
    /// state and everything else that stores records. <paramref name="dataDirectory"/> resolves the default SQLite file.
    /// </summary>
    public static IServiceCollection AddMeshClinicSilo(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, Func<IServiceProvider, string> dataDirectory)
    {
        services.AddOptions<MeshStorageOptions>().BindConfiguration(MeshStorageOptions.SectionName);
        services.AddOptions<SiloOptions>().BindConfiguration("Mesh:Silo");
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<MeshStorageOptions>>().Value.Open(dataDirectory(sp)));
        services.AddHostedService<DatabaseSchemaService>();
        return services.AddMeshSilo(silo => silo
            .AddMeshGrains(configuration)
            .AddMeshEncounterStreams()
            .AddGrainStorage(GrainStorageNames.Default, sp => new AdoNetGrainStorage(sp.GetRequiredService<MeshDatabase>())));
    }
}
