using Xunit;

namespace Mesh.TestSupport;

/// <summary>
/// xunit fixture over the shared <see cref="PostgresServer"/>, with a database of its own. xunit only finds
/// collection definitions in the test assembly itself, so each test project declares this one-liner:
/// <code>
/// [CollectionDefinition("postgres")] public sealed class PostgresCollection : ICollectionFixture&lt;PostgresFixture&gt;;
/// </code>
/// and test classes take the fixture with <c>[Collection("postgres")]</c>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;
    private string? _connectionString;

    /// <summary>The shared server.</summary>
    public PostgresServer Server => _server ?? throw NotStarted();

    /// <summary>A connection string to a database created for this fixture.</summary>
    public string ConnectionString => _connectionString ?? throw NotStarted();

    /// <summary>Creates another empty database, e.g. one per test, and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(string? name = null) => Server.CreateDatabaseAsync(name);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _server = await PostgresServer.GetSharedAsync();
        _connectionString = await _server.CreateDatabaseAsync();
    }

    /// <inheritdoc />
    // The shared server outlives any one collection; it stops when the test process exits.
    public Task DisposeAsync() => Task.CompletedTask;

    private static InvalidOperationException NotStarted() =>
        new("PostgresFixture is used before xunit initialized it; take it through a collection or class fixture.");
}
