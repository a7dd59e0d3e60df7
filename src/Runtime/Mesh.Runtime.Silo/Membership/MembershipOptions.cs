namespace Mesh.Runtime.Membership;

/// <summary>
/// How silos watch each other. With the defaults a silo killed abruptly is declared dead within about 4 seconds by
/// probes (3 missed probes a second apart, then votes) and within 10 seconds by its stale heartbeat alone.
/// </summary>
public sealed class MembershipOptions
{
    /// <summary>How often a silo writes its heartbeat. Default 1 second.</summary>
    public TimeSpan HeartbeatPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A silo whose heartbeat is older than this is declared dead. Default 8 seconds.</summary>
    public TimeSpan HeartbeatTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How often the table is read and peers are probed. Default 1 second.</summary>
    public TimeSpan ProbePeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a probe waits for its answer. Default 1 second.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Consecutive unanswered probes after which a silo votes its peer dead. Default 3.</summary>
    public int MissedProbesLimit { get; set; } = 3;

    /// <summary>Votes that declare a silo dead (fewer when fewer other silos are alive to vote). Default 2.</summary>
    public int VotesToDeclareDead { get; set; } = 2;

    /// <summary>How long a vote counts. Default 30 seconds.</summary>
    public TimeSpan VoteExpiry { get; set; } = TimeSpan.FromSeconds(30);
}
