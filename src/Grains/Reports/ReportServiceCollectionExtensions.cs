using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mesh.Grains.Reports;

/// <summary>Registers PDF report rendering.</summary>
public static class ReportServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="ReportPdfRenderer"/>. Rendering needs no settings today; the configuration is taken
    /// so hosts wire reports like every other Mesh service and future <c>Mesh:Reports</c> settings need no call-site change.
    /// </summary>
    public static IServiceCollection AddMeshReports(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton<ReportPdfRenderer>();
        return services;
    }
}
