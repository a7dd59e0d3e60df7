using Mesh.Grains.Database;

namespace Mesh.Grains.Hosting;

/// <summary>Where grain state, reminders, the audit log and reports live. Bound from "Mesh:Storage".</summary>
public sealed class MeshStorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Mesh:Storage";

    /// <summary><c>Sqlite</c> (default: a file under the data directory) or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The PostgreSQL connection string; for SQLite, an optional file path instead of <c>{dataDirectory}/mesh.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Whether the provider is PostgreSQL (else SQLite); anything but Sqlite or PostgreSql is refused.</summary>
    public bool IsPostgreSql
    {
        get
        {
            if (string.Equals(Provider, "PostgreSql", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return string.Equals(Provider, "Sqlite", StringComparison.OrdinalIgnoreCase)
                ? false
                : throw new InvalidOperationException($"Mesh:Storage:Provider must be Sqlite or PostgreSql, not '{Provider}'.");
        }
    }

    /// <summary>The PostgreSQL connection string, or a clear error naming the setting.</summary>
    public string RequiredConnectionString() => ConnectionString
        ?? throw new InvalidOperationException("Mesh:Storage:ConnectionString is required when Mesh:Storage:Provider is PostgreSql.");

    /// <summary>The SQLite file: the configured path, or <c>mesh.db</c> in <paramref name="dataDirectory"/>.</summary>
    public string SqlitePath(string dataDirectory) => ConnectionString ?? Path.Combine(dataDirectory, "mesh.db");

    /// <summary>Opens the configured database; SQLite files default to <c>mesh.db</c> in <paramref name="dataDirectory"/>.</summary>
    public MeshDatabase Open(string dataDirectory) =>
        IsPostgreSql ? MeshDatabase.ForPostgreSql(RequiredConnectionString()) : MeshDatabase.ForSqlite(SqlitePath(dataDirectory));
}
