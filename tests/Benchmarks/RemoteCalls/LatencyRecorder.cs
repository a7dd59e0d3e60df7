using System.Diagnostics;

namespace Mesh.Benchmarks.RemoteCalls;

/// <summary>Keeps call latencies per caller (no locks on the hot path) and reports percentiles.</summary>
internal sealed class LatencyRecorder(int callers)
{
    private readonly List<long>[] _samples = [.. Enumerable.Range(0, callers).Select(_ => new List<long>(100_000))];

    public Func<int, long, Task> Wrap(Func<int, long, Task> operation) => async (caller, i) =>
    {
        var started = Stopwatch.GetTimestamp();
        await operation(caller, i);
        _samples[caller].Add(Stopwatch.GetTimestamp() - started);
    };

    public void Clear()
    {
        foreach (var list in _samples)
        {
            list.Clear();
        }
    }

    public double PercentileMicroseconds(double percentile)
    {
        var all = _samples.SelectMany(s => s).Order().ToArray();
        if (all.Length == 0)
        {
            return 0;
        }

        var index = Math.Clamp((int)Math.Ceiling(percentile / 100 * all.Length) - 1, 0, all.Length - 1);
        return all[index] * 1_000_000.0 / Stopwatch.Frequency;
    }
}
