namespace Mesh.WebFrontend.Audit;

/// <summary>
/// What endpoints call when they read or change patient data: fills in the current user, tenant,
/// client address, correlation id and time from the request.
/// </summary>
public interface IPatientDataAudit
{
    Task RecordReadAsync(string resourceType, string resourceId, CancellationToken ct);

    Task RecordWriteAsync(string action, string resourceType, string resourceId, CancellationToken ct);

    Task RecordAsync(string action, string resourceType, string resourceId, AuditOutcome outcome, CancellationToken ct);
}
