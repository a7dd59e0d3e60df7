using Mesh.Runtime.AdoNet;

namespace Mesh.Grains.Hosting;

/// <summary>Where grain state, the audit log and reports live. Bound from "Mesh:Storage".</summary>
public sealed class MeshStorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Mesh:Storage";

    /// <summary><c>Sqlite</c> (default: a file under the data directory) or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The PostgreSQL connection string; for SQLite, an optional file path instead of <c>{dataDirectory}/mesh.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Opens the configured database; SQLite files default to <c>mesh.db</c> in <paramref name="dataDirectory"/>.</summary>
    public MeshDatabase Open(string dataDirectory)
    {
        if (string.Equals(Provider, "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            return MeshDatabase.ForPostgreSql(ConnectionString
                ?? throw new InvalidOperationException("Mesh:Storage:ConnectionString is required when Mesh:Storage:Provider is PostgreSql."));
        }

        if (!string.Equals(Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Mesh:Storage:Provider must be Sqlite or PostgreSql, not '{Provider}'.");
        }

        return MeshDatabase.ForSqlite(ConnectionString ?? Path.Combine(dataDirectory, "mesh.db"));
    }
}
