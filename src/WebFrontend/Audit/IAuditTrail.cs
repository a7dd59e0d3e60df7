namespace Mesh.WebFrontend.Audit;

/// <summary>The append-only log of who read or changed which patient data.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditRecord record, CancellationToken ct);

    Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditFilter filter, CancellationToken ct);
}
