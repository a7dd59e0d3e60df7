namespace Mesh.WebFrontend.Cluster;

/// <summary>Where grain state, the audit log and reports live. Bound from "Mesh:Storage".</summary>
public sealed class MeshStorageOptions
{
    public const string SectionName = "Mesh:Storage";

    /// <summary><c>Sqlite</c> (default: a file under the data directory) or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The PostgreSQL connection string; for SQLite, an optional file path instead of <c>{DataDirectory}/mesh.db</c>.</summary>
    public string? ConnectionString { get; set; }
}
