using System.Globalization;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;
using Mesh.TestSupport;

namespace Mesh.Benchmarks.StateWrites;

/// <summary>
/// WriteStateAsync of a 1 KB state from many grains at once, on SQLite and on a private PostgreSQL.
/// Prints: state-writes: sqlite=… postgres=… concurrency=…
/// </summary>
internal static class StateWritesBenchmark
{
    private const int Grains = 1000;
    private const int Concurrency = 64;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(string[] args)
    {
        using var folder = new TempDirectory("mesh-bench-");
        var sqlite = await MeasureAsync(silo => silo.AddSqliteGrainStorage(folder.Combine("data", "mesh.db")));
        await using var postgres = await PostgresServer.StartAsync();
        var connectionString = await postgres.CreateDatabaseAsync();
        var postgresRate = await MeasureAsync(silo => silo.AddPostgreSqlGrainStorage(connectionString));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"state-writes: sqlite={sqlite:F0} postgres={postgresRate:F0} concurrency={Concurrency}"));
    }

    private static async Task<double> MeasureAsync(Action<ISiloBuilder> storage)
    {
        await using var cluster = await TestCluster.StartAsync(silo =>
        {
            silo.AddGrains(typeof(StateWriterGrain).Assembly);
            storage(silo);
        });
        var grains = Enumerable.Range(0, Grains).Select(i => cluster.GrainFactory.GetGrain<IStateWriterGrain>($"writer-{i}")).ToArray();
        return await Throughput.MeasureAsync(Concurrency, Warmup, Duration,
            (caller, i) => grains[(int)((caller * 7919 + i) % Grains)].WriteAsync((int)i));
    }
}
