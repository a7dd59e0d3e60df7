using System.Diagnostics;

namespace Mesh.Benchmarks.Live;

/// <summary>CPU time of this whole process (the server, the silo, the fake speech service and the clients) over a window.</summary>
internal static class ProcessCpu
{
    /// <summary>Waits through <paramref name="window"/> and returns the cores the process used on average in it.</summary>
    public static async Task<double> CoresDuringAsync(MeasurementWindow window)
    {
        await DelayUntilAsync(window.Start);
        var cpuBefore = TotalProcessorTime();
        var wallBefore = Stopwatch.GetTimestamp();
        await DelayUntilAsync(window.End);
        var cpu = TotalProcessorTime() - cpuBefore;
        return cpu / Stopwatch.GetElapsedTime(wallBefore);
    }

    private static TimeSpan TotalProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static async Task DelayUntilAsync(long timestamp)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }
}
