using System.Diagnostics;

namespace Mesh.Benchmarks;

/// <summary>Runs N concurrent callers for a fixed time and counts completed operations per second.</summary>
internal static class Throughput
{
    public static async Task<double> MeasureAsync(int callers, TimeSpan warmup, TimeSpan duration, Func<int, long, Task> operation)
    {
        await RunAsync(callers, warmup, operation);
        var watch = Stopwatch.StartNew();
        var completed = await RunAsync(callers, duration, operation);
        return completed / watch.Elapsed.TotalSeconds;
    }

    private static async Task<long> RunAsync(int callers, TimeSpan duration, Func<int, long, Task> operation)
    {
        using var stop = new CancellationTokenSource(duration);
        var counts = await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            long count = 0;
            while (!stop.IsCancellationRequested)
            {
                await operation(caller, count);
                count++;
            }

            return count;
        })));
        return counts.Sum();
    }
}
