using Mesh.Grains.Denials.Risk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mesh.Grains.Denials;

/// <summary>Registers denial risk scoring and its payer rules.</summary>
public static class DenialsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DenialRulesOptions"/> from <c>Mesh:Denials</c> and the <see cref="DenialRules"/> built from them.
    /// </summary>
    public static IServiceCollection AddMeshDenials(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new DenialRulesOptions();
        configuration.GetSection(DenialRulesOptions.Section).Bind(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton(provider => DenialRules.Create(provider.GetRequiredService<DenialRulesOptions>()));
        return services;
    }
}
