using Mesh.Runtime.AdoNet;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Storage;

/// <summary>A new database on the shared test PostgreSQL server.</summary>
public sealed class PostgresTarget(PostgresFixture fixture) : StorageTarget
{
    private string? _connectionString;

    public override async Task InitializeAsync() => _connectionString = await fixture.CreateDatabaseAsync();

    protected override MeshDatabase CreateHandle() =>
        MeshDatabase.ForPostgreSql(_connectionString ?? throw new InvalidOperationException("InitializeAsync first."));
}
