namespace Mesh.WebFrontend.Audit;

/// <summary>A page of one clinic's audit log, newest first; null fields do not filter. <see cref="To"/> is exclusive.</summary>
public sealed record AuditFilter(
    string Tenant,
    string? UserId = null,
    string? Action = null,
    string? ResourceType = null,
    string? ResourceId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Offset = 0,
    int Limit = AuditFilter.DefaultLimit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}
