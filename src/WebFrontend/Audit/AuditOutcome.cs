namespace Mesh.WebFrontend.Audit;

public enum AuditOutcome
{
    Success,
    Denied,
    Failed,
}
