namespace Mesh.Grains.Database;

/// <summary>
/// A page of one tenant's audit log, newest first. Null filters match everything; <paramref name="From"/> is
/// inclusive and <paramref name="To"/> exclusive.
/// </summary>
/// <param name="Tenant">The clinic whose log is read; always applied.</param>
/// <param name="UserId">Only entries by this user.</param>
/// <param name="Action">Only entries with this action.</param>
/// <param name="ResourceType">Only entries about this kind of resource.</param>
/// <param name="ResourceId">Only entries about this resource id.</param>
/// <param name="From">Only entries at or after this time.</param>
/// <param name="To">Only entries before this time.</param>
/// <param name="Offset">How many matching entries to skip.</param>
/// <param name="Limit">The page size, 1 to <see cref="AuditLogTable.MaxPageSize"/>.</param>
public sealed record AuditQuery(
    string Tenant,
    string? UserId = null,
    string? Action = null,
    string? ResourceType = null,
    string? ResourceId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Offset = 0,
    int Limit = 50);
