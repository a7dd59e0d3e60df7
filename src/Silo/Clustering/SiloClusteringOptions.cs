namespace Mesh.Silo.Clustering;

/// <summary>
/// Which cluster this silo joins, where it listens and how membership is kept. Bound from "Mesh:Cluster" (environment:
/// Mesh__Cluster__Provider, Mesh__Cluster__SiloPort, ...).
/// </summary>
public sealed class SiloClusteringOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Mesh:Cluster";

    /// <summary><c>None</c> (default: one silo on its own, on localhost) or <c>PostgreSql</c> (Orleans' ADO.NET membership table).</summary>
    public string Provider { get; set; } = "None";

    /// <summary>The membership database; defaults to Mesh:Storage:ConnectionString.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The cluster this silo belongs to; silos and clients of one cluster share it.</summary>
    public string ClusterId { get; set; } = "mesh";

    /// <summary>The service; grain state and reminders are keyed by it, so it stays the same across deployments.</summary>
    public string ServiceId { get; set; } = "mesh";

    /// <summary>The port silos talk to each other on.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port cluster clients (WebFrontends) connect to; 0 for none.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The address other silos and clients reach this one at (it then listens on every address). Unset, the silo
    /// advertises and listens on 127.0.0.1, which suits silos on one machine; set it (e.g. to the pod's IP) when they
    /// run on several hosts.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>
    /// Running in Kubernetes with Microsoft.Orleans.Hosting.Kubernetes: the pod's name, IP and orleans/* labels give the
    /// silo's identity (see deploy/k8s); ClusterId, ServiceId and AdvertisedAddress are then not read.
    /// </summary>
    public bool Kubernetes { get; set; }

    /// <summary>Whether a provider other than None was chosen.</summary>
    public bool Enabled => !string.Equals(Provider, "None", StringComparison.OrdinalIgnoreCase);
}
