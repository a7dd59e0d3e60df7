using Mesh.Runtime.AdoNet;
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

    /// <summary>Memory or SQLite by name, for theories.</summary>
    public static StreamStorage Create(string kind) => kind switch
    {
        "memory" => Memory(),
        "sqlite" => Sqlite(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "memory or sqlite"),
    };

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

    /// <summary>Three (or N) clustered silos on this provider; <paramref name="responseTimeout"/> replaces the test cluster's 10 s.</summary>
    public Task<TestCluster> StartClusterAsync(int silos, Action<StreamProviderOptions>? configure = null, TimeSpan? responseTimeout = null) =>
        TestCluster.StartClusterAsync(silos, silo =>
        {
            silo.AddGrains(typeof(StreamRecorderGrain).Assembly);
            silo.AddImplicitStreamSubscriptions(typeof(StreamRecorderGrain).Assembly);
            AddProvider(silo, configure);
            if (responseTimeout is { } timeout)
            {
                silo.Configure(o => o.ResponseTimeout = timeout);
            }
        });

    /// <summary>How many events of the stream the SQLite file holds now.</summary>
    public async Task<long> CountStoredEventsAsync(string streamNamespace, string key)
    {
        await using var database = MeshDatabase.ForSqlite(SqlitePath);
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM stream_events WHERE provider = @provider AND namespace = @namespace AND stream_key = @key";
        foreach (var (name, value) in new[] { ("@provider", Provider), ("@namespace", streamNamespace), ("@key", key) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

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
