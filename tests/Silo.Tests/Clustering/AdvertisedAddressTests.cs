using System.Net;
using Mesh.Silo.Clustering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Mesh.Silo.Tests.Clustering;

/// <summary>
/// Mesh:Cluster:AdvertisedAddress stops the start only where it is read (a PostgreSQL cluster outside Kubernetes), and
/// an empty one means "not set" there, as the settings check already treats it.
/// </summary>
public sealed class AdvertisedAddressTests
{
    [Theory]
    [InlineData("None", "false", false)]
    [InlineData("PostgreSql", "true", false)]
    [InlineData("PostgreSql", "false", true)]
    [InlineData("postgresql", null, true)]
    public void AnAddressThatIsNotOne_IsRefusedOnlyWhereTheSiloReadsIt(string provider, string? kubernetes, bool refused)
    {
        var problems = new List<string>();

        SiloClusteringSettingsCheck.AddProblems(Settings(provider, kubernetes, "silo-one"), problems);

        Assert.Equal(refused, problems.Contains("Mesh:Cluster:AdvertisedAddress must be an IP address such as 10.0.0.5, not 'silo-one'."));
        Assert.Equal(refused ? 1 : 0, problems.Count);
    }

    [Theory]
    [InlineData("", "127.0.0.1")]
    [InlineData("10.0.0.5", "10.0.0.5")]
    public void PostgreSqlClusterOutsideKubernetes_AdvertisesTheAddress_OrLoopbackWhenItIsEmpty(string address, string advertised)
    {
        var configuration = Settings("PostgreSql", "false", address);
        var problems = new List<string>();
        SiloClusteringSettingsCheck.AddProblems(configuration, problems);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        builder.UseOrleans(silo => silo.AddMeshClustering(configuration));
        using var host = builder.Build();

        Assert.Empty(problems);
        Assert.Equal(IPAddress.Parse(advertised), host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value.AdvertisedIPAddress);
    }

    private static IConfiguration Settings(string provider, string? kubernetes, string address) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mesh:Cluster:Provider"] = provider,
            ["Mesh:Cluster:Kubernetes"] = kubernetes,
            ["Mesh:Cluster:ConnectionString"] = "Host=db;Database=mesh",
            ["Mesh:Cluster:AdvertisedAddress"] = address,
        }).Build();
}
