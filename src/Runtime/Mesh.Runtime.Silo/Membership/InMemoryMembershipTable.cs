using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Membership;

/// <summary>A membership table in memory, shared by the silos of one process: for tests.</summary>
public sealed class InMemoryMembershipTable : IMembershipTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<SiloAddress, MembershipEntry> _entries = [];
    private long _version;

    /// <inheritdoc />
    public Task<MembershipSnapshot> ReadAsync(CancellationToken ct = default)
    {
        lock (_lock)
        {
            return Task.FromResult(new MembershipSnapshot(_version, [.. _entries.Values]));
        }
    }

    /// <inheritdoc />
    public Task<bool> TryWriteAsync(MembershipEntry entry, long expectedVersion, CancellationToken ct = default)
    {
        lock (_lock)
        {
            if (_version != expectedVersion)
            {
                return Task.FromResult(false);
            }

            _entries[entry.Silo] = entry;
            _version++;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task HeartbeatAsync(SiloAddress silo, DateTimeOffset time, CancellationToken ct = default)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(silo, out var entry))
            {
                _entries[silo] = entry with { Heartbeat = time };
            }
        }

        return Task.CompletedTask;
    }
}
