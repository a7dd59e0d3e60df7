using System.Globalization;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;

namespace Mesh.Benchmarks.LocalCalls;

/// <summary>
/// Grain calls through proxies inside one silo against the bare channel-actor baseline, same workload, same process.
/// Prints: local-calls: grain=… baseline=… ratio=… grains=… concurrency=…
/// </summary>
internal static class LocalCallsBenchmark
{
    private const int Grains = 1000;
    private const int Concurrency = 100;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(string[] args)
    {
        var actors = Enumerable.Range(0, Grains).Select(_ => new ChannelActor()).ToArray();
        var baseline = await Throughput.MeasureAsync(Concurrency, Warmup, Duration,
            (caller, i) => actors[(int)((caller * 7919 + i) % Grains)].AddAsync(1));
        foreach (var actor in actors)
        {
            actor.Stop();
        }

        await using var cluster = await TestCluster.StartAsync(silo => silo.AddGrains(typeof(BenchmarkGrain).Assembly));
        var grains = Enumerable.Range(0, Grains).Select(i => cluster.GrainFactory.GetGrain<IBenchmarkGrain>($"bench-{i}")).ToArray();
        var grain = await Throughput.MeasureAsync(Concurrency, Warmup, Duration,
            (caller, i) => grains[(int)((caller * 7919 + i) % Grains)].AddAsync(1));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"local-calls: grain={grain:F0} baseline={baseline:F0} ratio={grain / baseline:F2} grains={Grains} concurrency={Concurrency}"));
    }
}
