namespace Mesh.Runtime.Messaging;

/// <summary>Where a silo listens and which cluster it belongs to. Bound from <c>Mesh:Cluster</c> by the hosts.</summary>
public sealed class ClusterOptions
{
    /// <summary>Silos and clients of one cluster share this id; it keys the membership table. Default "mesh".</summary>
    public string ClusterId { get; set; } = "mesh";

    /// <summary>The IP address this silo listens on and advertises to the others. Default 127.0.0.1.</summary>
    public string AdvertisedHost { get; set; } = "127.0.0.1";

    /// <summary>The silo-to-silo port; 0 picks a free port (tests). Default 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port clients connect to; 0 picks a free port; null makes the silo no gateway. Default 30000.</summary>
    public int? GatewayPort { get; set; } = 30000;
}
