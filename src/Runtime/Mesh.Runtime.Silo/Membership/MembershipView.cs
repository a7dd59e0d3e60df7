using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Membership;

/// <summary>This silo's latest read of the membership table: who is alive, who is dead, and news of changes.</summary>
internal sealed class MembershipView(SiloAddress self)
{
    private volatile MembershipSnapshot _snapshot = new(-1, []);
    private volatile SiloAddress[] _active = [self];

    public SiloAddress Self { get; } = self;

    public MembershipSnapshot Snapshot => _snapshot;

    /// <summary>Silos that take new activations, ordered by address; always includes this silo while it is active.</summary>
    public IReadOnlyList<SiloAddress> ActiveSilos => _active;

    /// <summary>Raised after the view changed, with the silos that became dead since the last view.</summary>
    public event Action<IReadOnlyList<SiloAddress>>? SilosDied;

    /// <summary>
    /// Whether <paramref name="silo"/> is dead for sure: marked Dead in the table, or replaced by a newer generation on
    /// the same endpoint. A silo the table does not know yet is not dead: it may have joined after the last read.
    /// </summary>
    public bool IsDead(SiloAddress silo)
    {
        foreach (var entry in _snapshot.Entries)
        {
            if (entry.Silo == silo)
            {
                return entry.Status == SiloStatus.Dead;
            }

            if (entry.Silo.Port == silo.Port && entry.Silo.Host == silo.Host && entry.Silo.Generation > silo.Generation)
            {
                return true;
            }
        }

        return false;
    }

    public MembershipEntry? Find(SiloAddress silo) => _snapshot.Entries.FirstOrDefault(e => e.Silo == silo);

    public void Update(MembershipSnapshot snapshot)
    {
        var previous = _snapshot;
        if (snapshot.Version < previous.Version)
        {
            return;
        }

        _snapshot = snapshot;
        _active = [.. snapshot.Entries.Where(e => e.Status == SiloStatus.Active).Select(e => e.Silo).OrderBy(s => s.ToString(), StringComparer.Ordinal)];
        var wasDead = previous.Entries.Where(e => e.Status == SiloStatus.Dead).Select(e => e.Silo).ToHashSet();
        var died = snapshot.Entries.Where(e => e.Status == SiloStatus.Dead && !wasDead.Contains(e.Silo)).Select(e => e.Silo).ToList();
        if (died.Count > 0)
        {
            SilosDied?.Invoke(died);
        }
    }
}
