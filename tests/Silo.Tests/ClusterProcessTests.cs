using System.Diagnostics;
using Mesh.Grains.Health;
using Mesh.Runtime;
using Mesh.Grains.Database;
using Mesh.Runtime.Client;
using Mesh.TestSupport;

namespace Mesh.Silo.Tests;

/// <summary>Three real silo processes on the private PostgreSQL, with default membership settings.</summary>
[Collection("postgres")]
public sealed class ClusterProcessTests(PostgresFixture fixture) : IAsyncLifetime
{
    private const int ActiveStatus = 2;
    private const int DeadStatus = 4;
    private readonly string _clusterId = $"test-{Guid.NewGuid():N}";
    private readonly TempDirectory _folder = new("mesh-cluster-");
    private readonly List<SiloProcess> _silos = [];
    private string _connectionString = null!;
    private MeshDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _connectionString = await fixture.CreateDatabaseAsync();
        _database = MeshDatabase.ForPostgreSql(_connectionString);
        await _database.EnsureSchemaAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            silo.Dispose();
        }

        await _database.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task SiloProcessKilled_IsDeclaredDeadWithin10SecondsAndClientFailsOver()
    {
        for (var i = 0; i < 3; i++)
        {
            _silos.Add(SiloProcess.Start(_folder.Combine($"silo-{i}"),
            [
                ("Mesh__Storage__Provider", "PostgreSql"),
                ("Mesh__Storage__ConnectionString", _connectionString),
                ("Mesh__Cluster__Provider", "PostgreSql"),
                ("Mesh__Cluster__ClusterId", _clusterId),
            ]));
        }

        var table = new MembershipTable(_database, _clusterId);
        await WaitAsync(async () => (await table.ReadAsync()).Rows.Count(r => r.Status == ActiveStatus) == 3, TimeSpan.FromSeconds(90), "three active silos");
        await using var client = new ClusterClient(new ClusterClientOptions
        {
            Gateways = [.. _silos.Select(s => $"127.0.0.1:{s.GatewayPort}")],
            ResponseTimeout = TimeSpan.FromSeconds(15),
        });
        var keys = Enumerable.Range(0, 30).Select(i => $"ping-{i}").ToList();
        Assert.All(await Task.WhenAll(keys.Select(k => client.GetGrain<IPingGrain>(k).PingAsync())), Assert.NotEmpty);

        _silos[0].Kill();
        var killed = Stopwatch.StartNew();
        await WaitAsync(async () => (await table.ReadAsync()).Rows.Any(r => r.Silo.Contains($":{_silos[0].SiloPort}@", StringComparison.Ordinal) && r.Status == DeadStatus),
            TimeSpan.FromSeconds(20), "the killed silo declared dead");
        var detected = killed.Elapsed;

        await WaitAsync(async () =>
        {
            try
            {
                await Task.WhenAll(keys.Select(k => client.GetGrain<IPingGrain>(k).PingAsync()));
                return true;
            }
            catch (SiloUnavailableException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(15), "every grain answering through the client");
        Assert.True(detected < TimeSpan.FromSeconds(10), $"declared dead after {detected}");
    }

    private async Task WaitAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > limit)
            {
                Assert.Fail($"Waited {limit} for {what}. Last output of the silos:\n{string.Join("\n---\n", _silos.Select(s => s.Output))}");
            }

            await Task.Delay(200);
        }
    }
}

/// <summary>Cluster configuration mistakes stop the silo process with a message that names the setting.</summary>
public sealed class ClusterConfigurationTests
{
    [Fact]
    public async Task SiloProcess_WithUnknownClusteringProvider_FailsNamingTheSetting()
    {
        using var folder = new TempDirectory("mesh-silo-");
        using var silo = SiloProcess.Start(folder.Path, [("Mesh__Storage__Provider", "Sqlite"), ("Mesh__Cluster__Provider", "Zookeeper")]);

        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Mesh:Cluster:Provider must be None, Sqlite or PostgreSql", silo.Output);
    }
}
