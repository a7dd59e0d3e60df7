using System.Globalization;

namespace Mesh.Benchmarks.Live;

/// <summary>The figures of one step of the live benchmark and the line that prints them.</summary>
/// <param name="CpuPerEncounterPercent">Process CPU (server and client together) per encounter, in % of one core.</param>
/// <param name="Transcripts">Transcripts measured for the lag percentile (not printed; checked against the expected count).</param>
internal sealed record LiveFigures(
    int Encounters, double ChunksPerSecond, double AckP50Milliseconds, double AckP99Milliseconds, double TranscriptLagP95Milliseconds,
    double CpuPerEncounterPercent, int Transcripts, long Errors)
{
    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"live: encounters={Encounters} chunks_per_s={ChunksPerSecond:F0} ack_p50_ms={AckP50Milliseconds:F1} ack_p99_ms={AckP99Milliseconds:F1} "
        + $"transcript_lag_p95_ms={TranscriptLagP95Milliseconds:F0} cpu_per_encounter_pct={CpuPerEncounterPercent:F2}");
}
