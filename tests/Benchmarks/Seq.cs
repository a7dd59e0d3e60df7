using System.Diagnostics;
using Mesh.Benchmarks.LocalCalls;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;

namespace Mesh.Benchmarks;

internal static class Seq
{
    public static async Task RunAsync(string[] args)
    {
        await using var cluster = await TestCluster.StartAsync(silo => silo.AddGrains(typeof(BenchmarkGrain).Assembly));
        var grains = Enumerable.Range(0, 1000).Select(i => cluster.GrainFactory.GetGrain<IBenchmarkGrain>($"bench-{i}")).ToArray();
        for (var round = 0; round < 3; round++)
        {
            var w = Stopwatch.StartNew();
            var alloc = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1_000_000; i++) await grains[i % 1000].AddAsync(1);
            Console.WriteLine($"seq: {w.Elapsed.TotalMilliseconds * 1000 / 1_000_000:F3} us/call, {(GC.GetAllocatedBytesForCurrentThread() - alloc) / 1_000_000.0:F0} B/call");
        }
    }
}
