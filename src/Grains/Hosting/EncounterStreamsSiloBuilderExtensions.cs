using Mesh.Grains.Encounters;
using Mesh.Runtime.AdoNet;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Streams.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Hosting;

/// <summary>The durable streams that carry live encounters' audio and events, in the silo's own database.</summary>
public static class EncounterStreamsSiloBuilderExtensions
{
    /// <summary>Adds the encounter stream provider on the registered <see cref="MeshDatabase"/> and the conversation grain's implicit subscription.</summary>
    public static ISiloBuilder AddMeshEncounterStreams(this ISiloBuilder silo) => silo
        .AddDurableStreams(EncounterStreams.Provider, services => services.GetRequiredService<MeshDatabase>(), options =>
        {
            // Audio and events matter only while an encounter runs and shortly after; the audio itself is kept in encounter_audio.
            options.RetentionMaxAge = TimeSpan.FromDays(1);
            options.AckFlushInterval = TimeSpan.FromMilliseconds(500);
        })
        .AddImplicitStreamSubscriptions(typeof(EncounterStreamsSiloBuilderExtensions).Assembly);
}
