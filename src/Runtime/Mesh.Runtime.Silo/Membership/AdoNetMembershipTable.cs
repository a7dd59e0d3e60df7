using System.Globalization;
using Mesh.Runtime.AdoNet;
using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Membership;

/// <summary>The membership table in SQLite or PostgreSQL; the schema is installed on first use.</summary>
internal sealed class AdoNetMembershipTable(MeshDatabase database, string clusterId) : IMembershipTable
{
    private readonly MembershipTable _table = new(database, clusterId);
    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync());

    public async Task<MembershipSnapshot> ReadAsync(CancellationToken ct = default)
    {
        await _schema.Value.ConfigureAwait(false);
        var (version, rows) = await _table.ReadAsync(ct).ConfigureAwait(false);
        return new MembershipSnapshot(version, [.. rows.Select(ToEntry)]);
    }

    public async Task<bool> TryWriteAsync(MembershipEntry entry, long expectedVersion, CancellationToken ct = default)
    {
        await _schema.Value.ConfigureAwait(false);
        var row = new MembershipRow(entry.Silo.ToString(), (int)entry.Status, entry.StartTime, entry.Heartbeat, entry.GatewayPort, Encode(entry.Suspicions));
        return await _table.TryWriteAsync(row, expectedVersion, ct).ConfigureAwait(false);
    }

    public async Task HeartbeatAsync(SiloAddress silo, DateTimeOffset time, CancellationToken ct = default)
    {
        await _schema.Value.ConfigureAwait(false);
        await _table.HeartbeatAsync(silo.ToString(), time, ct).ConfigureAwait(false);
    }

    private static MembershipEntry ToEntry(MembershipRow row) =>
        new(SiloAddress.Parse(row.Silo), (SiloStatus)row.Status, row.StartTime, row.Heartbeat, row.GatewayPort, Decode(row.Suspicions));

    // voter|utcTicks;voter|utcTicks — addresses contain ':' and '@' but never '|' or ';'.
    private static string Encode(IReadOnlyList<Suspicion> suspicions) =>
        string.Join(';', suspicions.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Voter}|{s.Time.UtcTicks}")));

    private static List<Suspicion> Decode(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var bar = part.IndexOf('|', StringComparison.Ordinal);
            return new Suspicion(SiloAddress.Parse(part[..bar]), new DateTimeOffset(long.Parse(part[(bar + 1)..], CultureInfo.InvariantCulture), TimeSpan.Zero));
        })];
}
