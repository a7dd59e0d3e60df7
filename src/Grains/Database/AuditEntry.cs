namespace Mesh.Grains.Database;

/// <summary>One access to patient data: who did what to which resource, and how it ended.</summary>
/// <param name="Time">When it happened; stored as UTC with microsecond precision.</param>
/// <param name="Tenant">The clinic the data belongs to.</param>
/// <param name="UserId">The authenticated user (or service identity) that acted.</param>
/// <param name="Action">What was done, e.g. <c>read</c>, <c>finalize</c>, <c>export</c>.</param>
/// <param name="ResourceType">The kind of resource, e.g. <c>patient</c>, <c>report</c>.</param>
/// <param name="ResourceId">The resource's id, when the action had one target.</param>
/// <param name="Outcome">How it ended, e.g. <c>success</c>, <c>denied</c>, <c>error</c>.</param>
/// <param name="ClientAddress">The caller's network address, when known.</param>
/// <param name="CorrelationId">The request or trace id that ties this entry to logs.</param>
public sealed record AuditEntry(
    DateTimeOffset Time,
    string Tenant,
    string UserId,
    string Action,
    string ResourceType,
    string? ResourceId,
    string Outcome,
    string? ClientAddress,
    string? CorrelationId);
