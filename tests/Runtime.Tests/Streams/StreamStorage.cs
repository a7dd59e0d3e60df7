using Mesh.Runtime.Hosting;
using Mesh.Runtime.Streams.Hosting;
using Mesh.Runtime.Testing;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>
/// The provider under test: memory, a SQLite file or a PostgreSQL database. The same instance configures every
/// start of a test's silo, so a restarted silo finds the same stored events.
/// </summary>
public sealed class StreamStorage : IAsyncDisposable
{
    public const string Provider = "events";

    private readonly TempDirectory? _folder;
    private readonly string? _connectionString;

    private StreamStorage(string kind, TempDirectory? folder, string? connectionString)
    {
        Kind = kind;
        _folder = folder;
        _connectionString = connectionString;
    }

    public string Kind { get; }

    public bool IsDurable => Kind != "memory";

    public static StreamStorage Memory() => new("memory", null, null);

    public static StreamStorage Sqlite() => new("sqlite", new TempDirectory("mesh-streams-"), null);

    public static async Task<StreamStorage> PostgresAsync(PostgresFixture postgres) =>
        new("postgres", null, await postgres.CreateDatabaseAsync());

    public string SqlitePath => _folder!.Combine("data", "streams.db");

    public Task<TestCluster> StartClusterAsync(Action<StreamProviderOptions>? configure = null) =>
        TestCluster.StartAsync(silo =>
        {
            silo.AddGrains(typeof(StreamRecorderGrain).Assembly);
            silo.AddImplicitStreamSubscriptions(typeof(StreamRecorderGrain).Assembly);
            AddProvider(silo, configure);
        });

    public void AddProvider(ISiloBuilder silo, Action<StreamProviderOptions>? configure)
    {
        switch (Kind)
        {
            case "memory":
                silo.AddMemoryStreams(Provider, configure);
                break;
            case "sqlite":
                silo.AddSqliteStreams(Provider, SqlitePath, configure);
                break;
            default:
                silo.AddPostgreSqlStreams(Provider, _connectionString!, configure);
                break;
        }
    }

    public ValueTask DisposeAsync()
    {
        _folder?.Dispose();
        return ValueTask.CompletedTask;
    }
}
