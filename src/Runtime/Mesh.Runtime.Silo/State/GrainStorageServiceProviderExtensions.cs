using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.State;

/// <summary>Finds named grain storage providers, registered as keyed services.</summary>
internal static class GrainStorageServiceProviderExtensions
{
    public static IGrainStorage GetGrainStorage(this IServiceProvider services, string name) =>
        services.GetKeyedService<IGrainStorage>(name)
        ?? throw new InvalidOperationException($"No grain storage named '{name}' is registered; add one with AddMemoryGrainStorage, AddSqliteGrainStorage or AddPostgreSqlGrainStorage.");
}
