using System.Globalization;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Streams;
using Mesh.Runtime.Streams.Hosting;
using Mesh.Runtime.Testing;
using Mesh.TestSupport;

namespace Mesh.Benchmarks.StreamEvents;

/// <summary>
/// 3,200-byte events (100 ms of 16 kHz 16-bit mono audio) published to 500 streams at once, one producer per stream
/// awaiting each event, every stream followed by an implicitly subscribed grain. Counts events per second that
/// producers got acknowledged; back-pressure keeps delivery within a buffer of them.
/// Prints: stream-events: memory=… durable_sqlite=… durable_postgres=… event_bytes=3200 streams=500
/// </summary>
internal static class StreamEventsBenchmark
{
    private const int Streams = 500;
    private const int EventBytes = 3200;
    private const string Provider = "bench";
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(string[] args)
    {
        var memory = await MeasureAsync(silo => silo.AddMemoryStreams(Provider));
        using var folder = new TempDirectory("mesh-bench-");
        var sqlite = await MeasureAsync(silo => silo.AddSqliteStreams(Provider, folder.Combine("data", "streams.db")));
        await using var postgres = await PostgresServer.StartAsync();
        var connectionString = await postgres.CreateDatabaseAsync();
        var postgresRate = await MeasureAsync(silo => silo.AddPostgreSqlStreams(Provider, connectionString));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stream-events: memory={memory:F0} durable_sqlite={sqlite:F0} durable_postgres={postgresRate:F0} event_bytes={EventBytes} streams={Streams}"));
    }

    private static async Task<double> MeasureAsync(Action<ISiloBuilder> provider)
    {
        await using var cluster = await TestCluster.StartAsync(silo =>
        {
            silo.AddGrains(typeof(AudioSinkGrain).Assembly);
            silo.AddImplicitStreamSubscriptions(typeof(AudioSinkGrain).Assembly);
            provider(silo);
        });
        var streamProvider = cluster.Services.GetStreamProvider(Provider);
        var run = Guid.NewGuid().ToString("N");
        var streams = Enumerable.Range(0, Streams)
            .Select(i => streamProvider.GetStream<byte[]>(AudioSinkGrain.Namespace, $"{run}-{i}"))
            .ToArray();
        var chunk = new byte[EventBytes];
        Random.Shared.NextBytes(chunk);
        return await Throughput.MeasureAsync(Streams, Warmup, Duration, (caller, _) => streams[caller].OnNextAsync(chunk));
    }
}
