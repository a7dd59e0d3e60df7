using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mesh.Grains.Reports;

/// <summary>Registers PDF report rendering.</summary>
public static class ReportServiceCollectionExtensions
{
    /// <summary>Adds a singleton <see cref="ReportPdfRenderer"/> configured from <c>Mesh:Reports</c>.</summary>
    public static IServiceCollection AddMeshReports(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new ReportRenderingOptions
        {
            PdfSharpLicense = configuration.GetSection(ReportRenderingOptions.SectionName)[nameof(ReportRenderingOptions.PdfSharpLicense)],
        };
        services.TryAddSingleton(options);
        services.TryAddSingleton(provider => new ReportPdfRenderer(provider.GetRequiredService<ReportRenderingOptions>()));
        return services;
    }
}
