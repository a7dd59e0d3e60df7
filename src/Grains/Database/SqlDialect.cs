namespace Mesh.Grains.Database;

/// <summary>The SQL databases Mesh stores its state in.</summary>
public enum SqlDialect
{
    /// <summary>PostgreSQL through Npgsql: production and multi-silo clusters.</summary>
    PostgreSql,

    /// <summary>An embedded SQLite file: one machine, local mode.</summary>
    Sqlite,
}
