namespace Mesh.WebFrontend.Cluster;

/// <summary>
/// How this WebFrontend reaches a cluster of silos, from "Mesh:Cluster" (the same settings the silos read) and
/// "Mesh:Client:Gateways". With neither, it hosts a silo itself (local mode).
/// </summary>
public sealed class ClusterClientOptions
{
    /// <summary><c>None</c> (default) or <c>PostgreSql</c>: find the silos' gateways in Orleans' membership table.</summary>
    public string Provider { get; set; } = "None";

    /// <summary>The membership database; defaults to Mesh:Storage:ConnectionString.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The cluster to join; the silos' Mesh:Cluster:ClusterId.</summary>
    public string ClusterId { get; set; } = "mesh";

    /// <summary>The service; the silos' Mesh:Cluster:ServiceId.</summary>
    public string ServiceId { get; set; } = "mesh";

    /// <summary>Whether the membership table names the gateways.</summary>
    public bool UsesMembershipTable => string.Equals(Provider, "PostgreSql", StringComparison.OrdinalIgnoreCase);
}
