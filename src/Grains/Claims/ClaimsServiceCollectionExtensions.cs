using Mesh.Grains.Claims.Batches;
using Mesh.Grains.Claims.Index;
using Mesh.Grains.Database;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mesh.Grains.Claims;

/// <summary>The services the claim grains use.</summary>
public static class ClaimsServiceCollectionExtensions
{
    public static IServiceCollection AddMeshClaims(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new ClaimIndexWriter(sp.GetRequiredService<MeshDatabase>()));
        services.TryAddSingleton(sp => new ClaimIndexTable(sp.GetRequiredService<MeshDatabase>()));
        services.TryAddSingleton(sp => new ClaimBatchFiles(sp.GetRequiredService<MeshDatabase>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }
}
