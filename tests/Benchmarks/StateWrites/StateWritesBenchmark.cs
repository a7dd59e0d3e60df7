using System.Globalization;
using Mesh.Grains.Hosting;
using Mesh.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Runtime;
using Orleans.Storage;

namespace Mesh.Benchmarks.StateWrites;

/// <summary>
/// Writes of a 1 KB state straight through the silo's default <see cref="IGrainStorage"/>, as a grain's
/// WriteStateAsync does, with 64 writers over 1,000 states; each writer owns its states, as an activation owns its
/// grain's, so no two writes race on one ETag. The storage is the one AddMeshClinicSilo registers: Mesh's SQLite storage
/// in a temp folder, then Orleans' ADO.NET storage on a private PostgreSQL with Mesh's schema.
/// Prints: state-writes: sqlite=… postgres=… concurrency=…
/// </summary>
internal static class StateWritesBenchmark
{
    private const int States = 1000;
    private const int Concurrency = 64;
    private const string StateName = "writer";
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(string[] args)
    {
        using var folder = new TempDirectory("mesh-bench-");
        var sqlite = await MeasureAsync(new Dictionary<string, string?> { ["Mesh:Storage:Provider"] = "Sqlite" }, folder.Path);
        await using var postgres = await PostgresServer.StartAsync();
        var connectionString = await postgres.CreateDatabaseAsync();
        var postgresRate = await MeasureAsync(
            new Dictionary<string, string?> { ["Mesh:Storage:Provider"] = "PostgreSql", ["Mesh:Storage:ConnectionString"] = connectionString },
            folder.Path);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"state-writes: sqlite={sqlite:F0} postgres={postgresRate:F0} concurrency={Concurrency}"));
    }

    private static async Task<double> MeasureAsync(IReadOnlyDictionary<string, string?> settings, string dataDirectory)
    {
        var (silo, _) = await BenchmarkSilo.StartAsync(settings, (builder, configuration) => builder.AddMeshClinicSilo(configuration, _ => dataDirectory));
        using (silo)
        {
            var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
            var run = Guid.NewGuid().ToString("N")[..8];
            var states = Enumerable.Range(0, States)
                .Select(i => (Id: GrainId.Create("benchwriter", $"bench/{run}-{i}"), State: new GrainState<WriterState>(new WriterState())))
                .ToArray();
            var rate = await Throughput.MeasureAsync(Concurrency, Warmup, Duration, (writer, round) =>
            {
                // Writer w owns states w, w + 64, w + 128, ... and writes them in turn.
                var owned = ((States - 1 - writer) / Concurrency) + 1;
                var (id, state) = states[writer + (Concurrency * (int)(round % owned))];
                state.State = new WriterState { Round = round, Notes = WriterState.OneKilobyte };
                return storage.WriteStateAsync(StateName, id, state);
            });
            await silo.StopAsync();
            return rate;
        }
    }
}
