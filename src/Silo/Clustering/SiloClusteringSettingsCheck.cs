using System.Net;
using Mesh.Grains.Hosting.Operations;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;

namespace Mesh.Silo.Clustering;

/// <summary>The cluster settings only a silo reads: values that would not bind, and an address that is not one.</summary>
public static class SiloClusteringSettingsCheck
{
    /// <summary>Orleans' membership options (probe and vote timings), passed through from this section.</summary>
    public const string MembershipSection = SiloClusteringOptions.SectionName + ":Membership";

    /// <summary>Adds a problem for each cluster setting of <paramref name="configuration"/> the silo could not start with.</summary>
    public static void AddProblems(IConfiguration configuration, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(problems);
        MeshSettingTypes.Check(configuration, SiloClusteringOptions.SectionName, typeof(SiloClusteringOptions), problems);
        MeshSettingTypes.Check(configuration, MembershipSection, typeof(ClusterMembershipOptions), problems);
        const string addressKey = SiloClusteringOptions.SectionName + ":" + nameof(SiloClusteringOptions.AdvertisedAddress);
        if (ReadsAdvertisedAddress(configuration) && configuration[addressKey] is { Length: > 0 } address && !IPAddress.TryParse(address, out _))
        {
            problems.Add($"{addressKey} must be an IP address such as 10.0.0.5, not '{address}'.");
        }
    }

    // Only a PostgreSQL cluster outside Kubernetes reads the address (one silo on its own listens on localhost, and a
    // pod's IP is its address): an address that is never read does not stop the start.
    private static bool ReadsAdvertisedAddress(IConfiguration configuration)
    {
        const string section = SiloClusteringOptions.SectionName + ":";
        var kubernetes = configuration[section + nameof(SiloClusteringOptions.Kubernetes)];
        return string.Equals(configuration[section + nameof(SiloClusteringOptions.Provider)], "PostgreSql", StringComparison.OrdinalIgnoreCase)
            && !(bool.TryParse(kubernetes, out var inPods) && inPods);
    }
}
