using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Hosting;

namespace Mesh.WebFrontend.Audit;

internal sealed class PatientDataAudit(IAuditTrail trail, IHttpContextAccessor accessor, TimeProvider time) : IPatientDataAudit
{
    public Task RecordReadAsync(string resourceType, string resourceId, CancellationToken ct) =>
        RecordAsync(AuditActions.Read, resourceType, resourceId, AuditOutcome.Success, ct);

    public Task RecordWriteAsync(string action, string resourceType, string resourceId, CancellationToken ct) =>
        RecordAsync(action, resourceType, resourceId, AuditOutcome.Success, ct);

    public Task RecordAsync(string action, string resourceType, string resourceId, AuditOutcome outcome, CancellationToken ct)
    {
        var context = accessor.HttpContext
            ?? throw new InvalidOperationException("Patient data can only be audited inside a request.");
        var user = context.GetClinicUser();
        var record = new AuditRecord(
            time.GetUtcNow(),
            user.Tenant,
            user.UserId,
            action,
            resourceType,
            resourceId,
            outcome,
            context.Connection.RemoteIpAddress?.ToString(),
            context.GetCorrelationId());
        return trail.RecordAsync(record, ct);
    }
}
