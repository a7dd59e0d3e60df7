using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Membership;

/// <summary>
/// The cluster's membership table: one row per silo incarnation and a table version for optimistic concurrency.
/// Status changes and votes are written with <see cref="TryWriteAsync"/> against the version the writer read, so two
/// silos that act on the same view cannot both win; heartbeats are written without touching the version.
/// </summary>
public interface IMembershipTable
{
    /// <summary>Reads every row and the table version.</summary>
    Task<MembershipSnapshot> ReadAsync(CancellationToken ct = default);

    /// <summary>Inserts or replaces <paramref name="entry"/> and bumps the version, if the version is still <paramref name="expectedVersion"/>.</summary>
    /// <returns>False when another writer changed the table first; nothing was written.</returns>
    Task<bool> TryWriteAsync(MembershipEntry entry, long expectedVersion, CancellationToken ct = default);

    /// <summary>Records that <paramref name="silo"/> is alive at <paramref name="time"/>.</summary>
    Task HeartbeatAsync(SiloAddress silo, DateTimeOffset time, CancellationToken ct = default);
}
