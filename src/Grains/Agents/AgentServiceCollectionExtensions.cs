using Mesh.Grains.Agents.Files;
using Mesh.Grains.Agents.Tools;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mesh.Grains.Agents;

/// <summary>What the agent team's grains use in a silo: the claims its tools read and the importers of chat files.</summary>
public static class AgentServiceCollectionExtensions
{
    /// <summary>Adds the claims reader over the claim grains and the X12 importers.</summary>
    public static IServiceCollection AddMeshAgents(this IServiceCollection services)
    {
        services.TryAddSingleton<IClaimsReader, ClaimGrainsReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatFileImporter, X12ClaimFileImporter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatFileImporter, X12RemittanceFileImporter>());
        return services;
    }
}
