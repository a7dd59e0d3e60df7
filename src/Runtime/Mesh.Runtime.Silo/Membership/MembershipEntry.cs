using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Membership;

/// <summary>One silo's row in the membership table.</summary>
/// <param name="Silo">The silo incarnation.</param>
/// <param name="Status">Its status.</param>
/// <param name="StartTime">When it started.</param>
/// <param name="Heartbeat">When it last wrote that it is alive.</param>
/// <param name="GatewayPort">The port clients connect to; 0 when it is no gateway.</param>
/// <param name="Suspicions">Votes that it is dead: who voted and when.</param>
public sealed record MembershipEntry(
    SiloAddress Silo,
    SiloStatus Status,
    DateTimeOffset StartTime,
    DateTimeOffset Heartbeat,
    int GatewayPort,
    IReadOnlyList<Suspicion> Suspicions)
{
    /// <summary>Whether the silo may host activations and be called.</summary>
    public bool IsServing => Status is SiloStatus.Active or SiloStatus.ShuttingDown;
}

/// <summary>A vote that a silo is dead, after its voter's probes went unanswered.</summary>
/// <param name="Voter">The silo that voted.</param>
/// <param name="Time">When it voted.</param>
public sealed record Suspicion(SiloAddress Voter, DateTimeOffset Time);

/// <summary>The whole table at one table version.</summary>
/// <param name="Version">Bumped by every status change; writers name the version they read.</param>
/// <param name="Entries">Every silo ever recorded for the cluster.</param>
public sealed record MembershipSnapshot(long Version, IReadOnlyList<MembershipEntry> Entries);
