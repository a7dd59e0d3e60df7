using Mesh.Grains.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mesh.Grains.Live;

/// <summary>Registers the building blocks of live encounters.</summary>
public static class LiveEncounterServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="VoiceActivityOptions"/> (from <c>Mesh:Live:VoiceActivity</c>), <see cref="IVoiceCommandDetector"/> and
    /// <see cref="IRadiologyEditor"/> (chat-model ones when <c>Mesh:AI:Chat</c> is configured, offline ones otherwise),
    /// and the AI providers they use. Uses TryAdd, so a second call or an earlier registration wins. Detectors are
    /// per stream: create a <see cref="VoiceActivityDetector"/> from the options for each encounter.
    /// </summary>
    public static IServiceCollection AddMeshLiveEncounterServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddMeshAiProviders(configuration);

        // Read now, so a bad setting stops the host at start rather than the first encounter.
        services.TryAddSingleton(VoiceActivityOptions.FromConfiguration(configuration));
        services.TryAddSingleton(provider => LiveEncounterSelectors.VoiceCommandDetector(provider.GetRequiredService<IChatClient>()));
        services.TryAddSingleton(provider => LiveEncounterSelectors.RadiologyEditor(provider.GetRequiredService<IChatClient>()));
        return services;
    }
}
