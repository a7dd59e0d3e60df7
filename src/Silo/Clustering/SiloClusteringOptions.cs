namespace Mesh.Silo.Clustering;

/// <summary>
/// Which cluster this silo joins and where its membership table lives. Bound from "Mesh:Cluster" (environment:
/// Mesh__Cluster__Provider, Mesh__Cluster__SiloPort, ...); the listening settings bind to the runtime's ClusterOptions
/// from the same section.
/// </summary>
public sealed class SiloClusteringOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Mesh:Cluster";

    /// <summary><c>None</c> (default: one silo on its own), <c>Sqlite</c> (several processes on one machine) or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = "None";

    /// <summary>The clustering database; defaults to the storage connection string (PostgreSQL) or file (SQLite).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Whether a provider other than None was chosen.</summary>
    public bool Enabled => !string.Equals(Provider, "None", StringComparison.OrdinalIgnoreCase);
}
