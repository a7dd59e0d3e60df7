using Mesh.Grains.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.Reports;

public sealed class ReportServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddMeshReports_WithEmptyConfiguration_ResolvesOneWorkingRenderer()
    {
        var services = new ServiceCollection().AddMeshReports(new ConfigurationBuilder().Build());
        services.AddMeshReports(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var renderer = provider.GetRequiredService<ReportPdfRenderer>();

        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(ReportPdfRenderer));
        Assert.Same(renderer, provider.GetRequiredService<ReportPdfRenderer>());
        Assert.Contains(SampleReports.DoctorName, await Poppler.ExtractTextAsync(renderer.Render(SampleReports.TwoPages())));
    }
}
