using Mesh.Grains.Database;
using StoredAuditQuery = Mesh.Grains.Database.AuditQuery;

namespace Mesh.WebFrontend.Audit;

/// <summary>The audit trail in the append-only audit_log table of the Mesh database.</summary>
internal sealed class DatabaseAuditTrail(MeshDatabase database) : IAuditTrail
{
    private readonly AuditLogTable _table = new(database);
    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync());

    public async Task RecordAsync(AuditRecord record, CancellationToken ct)
    {
        await _schema.Value.ConfigureAwait(false);
        await _table.AppendAsync(
            new AuditEntry(record.Time, record.Tenant, record.UserId, record.Action, record.ResourceType, record.ResourceId,
                record.Outcome.ToString(), record.ClientAddress, record.CorrelationId),
            ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditFilter filter, CancellationToken ct)
    {
        await _schema.Value.ConfigureAwait(false);
        var entries = await _table.QueryAsync(
            new StoredAuditQuery(filter.Tenant, filter.UserId, filter.Action, filter.ResourceType, filter.ResourceId, filter.From, filter.To, filter.Offset, filter.Limit),
            ct).ConfigureAwait(false);
        return [.. entries.Select(e => new AuditRecord(e.Time, e.Tenant, e.UserId, e.Action, e.ResourceType, e.ResourceId ?? string.Empty,
            Enum.Parse<AuditOutcome>(e.Outcome), e.ClientAddress, e.CorrelationId ?? string.Empty))];
    }
}
