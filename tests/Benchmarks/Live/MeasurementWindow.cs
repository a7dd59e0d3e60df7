using System.Diagnostics;

namespace Mesh.Benchmarks.Live;

/// <summary>The part of a step that counts, after its warm-up, in <see cref="Stopwatch"/> timestamps.</summary>
internal sealed record MeasurementWindow(long Start, long End)
{
    public TimeSpan Length => Stopwatch.GetElapsedTime(Start, End);

    public bool Contains(long timestamp) => timestamp >= Start && timestamp < End;

    public static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
}
