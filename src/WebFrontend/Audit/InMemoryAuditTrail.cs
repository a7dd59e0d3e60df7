namespace Mesh.WebFrontend.Audit;

/// <summary>
/// Audit log kept in process memory, for tests and until the database trail is wired in. It forgets everything
/// on restart and keeps at most <see cref="Capacity"/> records, dropping the oldest.
/// </summary>
public sealed class InMemoryAuditTrail : IAuditTrail
{
    public const int Capacity = 100_000;

    private readonly LinkedList<AuditRecord> _records = new();
    private readonly Lock _gate = new();

    public Task RecordAsync(AuditRecord record, CancellationToken ct)
    {
        lock (_gate)
        {
            _records.AddFirst(record);
            if (_records.Count > Capacity)
            {
                _records.RemoveLast();
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditFilter filter, CancellationToken ct)
    {
        lock (_gate)
        {
            IReadOnlyList<AuditRecord> page = _records
                .Where(record => Matches(record, filter))
                .OrderByDescending(record => record.Time)
                .Skip(filter.Offset)
                .Take(filter.Limit)
                .ToList();
            return Task.FromResult(page);
        }
    }

    private static bool Matches(AuditRecord record, AuditFilter filter) =>
        record.Tenant == filter.Tenant
        && (filter.UserId is null || record.UserId == filter.UserId)
        && (filter.Action is null || record.Action == filter.Action)
        && (filter.ResourceType is null || record.ResourceType == filter.ResourceType)
        && (filter.ResourceId is null || record.ResourceId == filter.ResourceId)
        && (filter.From is null || record.Time >= filter.From)
        && (filter.To is null || record.Time < filter.To);
}
