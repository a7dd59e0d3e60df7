using Mesh.Grains.AI;
using Mesh.Grains.Reports;
using Mesh.Grains.Scribe;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mesh.Runtime.Hosting;
using Microsoft.Extensions.Configuration;

namespace Mesh.Grains.Hosting;

/// <summary>Everything a silo needs to host Mesh's clinical grains: the grain classes and the services they use.</summary>
public static class MeshGrainsSiloBuilderExtensions
{
    /// <summary>Adds Mesh's grains, the AI providers chosen by configuration and the report renderer.</summary>
    public static ISiloBuilder AddMeshGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.AddGrains(typeof(MeshGrainsSiloBuilderExtensions).Assembly);
        silo.Services.AddMeshAiProviders(configuration);
        silo.Services.AddMeshReports(configuration);
        silo.Services.TryAddSingleton<ReportArchive>();
        silo.Services.TryAddSingleton<VisitTranscriber>();
        silo.Services.TryAddSingleton<DraftComposer>();
        silo.Services.TryAddSingleton<VisitSummarizer>();
        return silo;
    }
}
