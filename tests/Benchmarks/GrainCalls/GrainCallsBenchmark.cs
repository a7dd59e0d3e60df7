using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Benchmarks.GrainCalls;

/// <summary>
/// Request/response grain calls inside one Orleans silo, from the silo's co-hosted client (the silo process's own
/// IGrainFactory: no network, Orleans' full call path with its serializer copying the argument and the result) to
/// 1,000 grains, against the same workload through bare channel actors, in the same process.
/// Prints: grain-calls: orleans=… baseline=… ratio=… grains=… concurrency=…
/// </summary>
internal static class GrainCallsBenchmark
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

        var (silo, _) = await BenchmarkSilo.StartAsync();
        using (silo)
        {
            var factory = silo.Services.GetRequiredService<IGrainFactory>();
            var grains = Enumerable.Range(0, Grains).Select(i => factory.GetGrain<IBenchmarkGrain>($"bench-{i}")).ToArray();
            var orleans = await Throughput.MeasureAsync(Concurrency, Warmup, Duration,
                (caller, i) => grains[(int)((caller * 7919 + i) % Grains)].AddAsync(1));
            await silo.StopAsync();

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"grain-calls: orleans={orleans:F0} baseline={baseline:F0} ratio={orleans / baseline:F2} grains={Grains} concurrency={Concurrency}"));
        }
    }
}
