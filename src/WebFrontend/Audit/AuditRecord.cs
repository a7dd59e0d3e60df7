namespace Mesh.WebFrontend.Audit;

/// <summary>One row of the append-only audit log: who did what to which patient data, from where, in which request.</summary>
public sealed record AuditRecord(
    DateTimeOffset Time,
    string Tenant,
    string UserId,
    string Action,
    string ResourceType,
    string ResourceId,
    AuditOutcome Outcome,
    string? ClientAddress,
    string CorrelationId);
