using System.Net;
using Mesh.Grains.Hosting.Operations;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;

namespace Mesh.Silo.Clustering;

/// <summary>The cluster settings only a silo reads: values that would not bind, and an address that is not one.</summary>
internal static class SiloClusteringSettingsCheck
{
    /// <summary>Orleans' membership options (probe and vote timings), passed through from this section.</summary>
    public const string MembershipSection = SiloClusteringOptions.SectionName + ":Membership";

    public static void AddProblems(IConfiguration configuration, List<string> problems)
    {
        MeshSettingTypes.Check(configuration, SiloClusteringOptions.SectionName, typeof(SiloClusteringOptions), problems);
        MeshSettingTypes.Check(configuration, MembershipSection, typeof(ClusterMembershipOptions), problems);
        const string addressKey = SiloClusteringOptions.SectionName + ":" + nameof(SiloClusteringOptions.AdvertisedAddress);
        if (configuration[addressKey] is { Length: > 0 } address && !IPAddress.TryParse(address, out _))
        {
            problems.Add($"{addressKey} must be an IP address such as 10.0.0.5, not '{address}'.");
        }
    }
}
