using Mesh.Grains.AI;
using Mesh.Grains.Claims;
using Mesh.Grains.Agents;
using Mesh.Grains.Database;
using Mesh.Grains.Denials;
using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Mesh.Grains.Reports;
using Mesh.Grains.Scribe;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Hosting;

namespace Mesh.Grains.Hosting;

/// <summary>Everything a silo needs to host Mesh's clinical grains: the grain classes and the services they use.</summary>
public static class MeshGrainsSiloBuilderExtensions
{
    /// <summary>Adds Mesh's grains, the AI providers chosen by configuration and the report renderer.</summary>
    public static ISiloBuilder AddMeshGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddMeshAiProviders(configuration);
        silo.Services.AddMeshReports(configuration);
        silo.Services.AddMeshDenials(configuration);
        silo.Services.TryAddSingleton<ReportArchive>();
        silo.Services.TryAddSingleton<VisitTranscriber>();
        silo.Services.TryAddSingleton<DraftComposer>();
        silo.Services.TryAddSingleton<VisitSummarizer>();
        silo.Services.AddMeshLiveEncounterServices(configuration);
        silo.Services.TryAddSingleton(_ => LiveEncounterOptions.FromConfiguration(configuration));
        silo.Services.TryAddSingleton<LiveTranscriber>();
        silo.Services.TryAddSingleton<EncounterUtteranceHandler>();
        silo.Services.TryAddSingleton<IWebmDecoderFactory>(services => new FfmpegWebmDecoderFactory(services.GetService<Microsoft.Extensions.Logging.ILogger<FfmpegWebmDecoder>>()));
        silo.Services.TryAddSingleton(services => new EncounterAudioTable(services.GetRequiredService<MeshDatabase>()));
        silo.Services.AddMeshClaims();
        silo.Services.AddMeshAgents();
        return silo;
    }
}
