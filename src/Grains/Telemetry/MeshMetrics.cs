using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Mesh.Grains.Telemetry;

/// <summary>
/// Mesh's own meters, exported with Orleans' and ASP.NET Core's (OpenTelemetry, Prometheus at /metrics on the management
/// port). One static meter so any grain, hub or service can record without being handed anything; the instruments carry
/// no patient data, only counts, durations and low-cardinality tags (provider, capability, outcome, kind).
/// </summary>
public static class MeshMetrics
{
    /// <summary>The meter (and activity source) name every Mesh instrument lives under.</summary>
    public const string Name = "Mesh";

    private static readonly Meter Meter = new(Name);

    /// <summary>Spans Mesh opens itself (draft making, AI calls); Orleans, ASP.NET Core, HttpClient and Npgsql add theirs.</summary>
    public static readonly ActivitySource Activities = new(Name);

    private static readonly UpDownCounter<long> LiveEncounters = Meter.CreateUpDownCounter<long>(
        "mesh.encounters.live", "{encounter}", "Live encounters started and not yet ended, summed over the silos.");

    private static readonly Counter<long> AudioChunks = Meter.CreateCounter<long>(
        "mesh.audio.chunks", "{chunk}", "Audio chunks stored and acknowledged (a rate of this is chunks per second).");

    private static readonly Histogram<double> AudioAckDuration = Meter.CreateHistogram<double>(
        "mesh.audio.ack.duration", "s", "From a chunk's arrival at the hub to its acknowledgement (stored in the database).");

    private static readonly Counter<long> Drafts = Meter.CreateCounter<long>(
        "mesh.drafts", "{draft}", "Drafts composed (from uploads, typed transcripts and live encounters).");

    private static readonly Histogram<double> DraftDuration = Meter.CreateHistogram<double>(
        "mesh.draft.duration", "s", "Time to compose a draft from its transcript (extraction, grounding, summary).");

    private static readonly Counter<long> ReportsSigned = Meter.CreateCounter<long>(
        "mesh.reports.signed", "{report}", "Reports signed (versions written: first signatures and amendments).");

    private static readonly Counter<long> ClaimsImported = Meter.CreateCounter<long>(
        "mesh.claims.imported", "{claim}", "Claims stored from X12 837 files (source: x12).");

    private static readonly Counter<long> Denials = Meter.CreateCounter<long>(
        "mesh.denials", "{denial}", "Claim denials recorded from remittances, by reason group.");

    private static readonly Counter<long> AiCalls = Meter.CreateCounter<long>(
        "mesh.ai.calls", "{call}", "Calls to AI providers, by provider, capability and outcome (ok or error).");

    private static readonly Histogram<double> AiCallDuration = Meter.CreateHistogram<double>(
        "mesh.ai.call.duration", "s", "Duration of one AI provider call, retries included.");

    /// <summary>A live encounter started.</summary>
    public static void EncounterStarted() => LiveEncounters.Add(1);

    /// <summary>A live encounter ended.</summary>
    public static void EncounterEnded() => LiveEncounters.Add(-1);

    /// <summary>An audio chunk was stored and acknowledged <paramref name="ackLatency"/> after it arrived.</summary>
    public static void AudioChunkAcknowledged(TimeSpan ackLatency)
    {
        AudioChunks.Add(1);
        AudioAckDuration.Record(ackLatency.TotalSeconds);
    }

    /// <summary>A draft was composed from its transcript in <paramref name="elapsed"/>.</summary>
    public static void DraftComposed(TimeSpan elapsed)
    {
        Drafts.Add(1);
        DraftDuration.Record(elapsed.TotalSeconds);
    }

    /// <summary>A report version was signed.</summary>
    public static void ReportSigned() => ReportsSigned.Add(1);

    /// <summary><paramref name="count"/> claims were imported; <paramref name="source"/> is e.g. <c>x12</c> or <c>api</c>.</summary>
    public static void ClaimsWereImported(int count, string source) =>
        ClaimsImported.Add(count, new KeyValuePair<string, object?>("source", source));

    /// <summary>A claim denial was recorded; <paramref name="group"/> is the reason's group code (e.g. <c>CO</c>, <c>PR</c>).</summary>
    public static void DenialRecorded(string group) => Denials.Add(1, new KeyValuePair<string, object?>("group", group));

    /// <summary>One call to an AI provider ended (<paramref name="failed"/> when it threw or answered an error).</summary>
    public static void AiCallEnded(string provider, string capability, TimeSpan elapsed, bool failed)
    {
        var tags = new TagList
        {
            { "provider", provider },
            { "capability", capability },
            { "outcome", failed ? "error" : "ok" },
        };
        AiCalls.Add(1, tags);
        AiCallDuration.Record(elapsed.TotalSeconds, tags);
    }
}
