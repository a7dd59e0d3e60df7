using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Audit;

/// <summary>The query string of GET /api/v1/audit.</summary>
public sealed record AuditQuery(
    string? UserId,
    string? Action,
    string? ResourceType,
    string? ResourceId,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int? Offset,
    int? Limit)
{
    private const int MaxFilterLength = 128;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (UserId is not null && !ClinicIds.IsValid(UserId))
        {
            errors["userId"] = ["Must be 1-64 characters of A-Z, a-z, 0-9, '_', '.', '-'."];
        }

        foreach (var (name, value) in new[] { ("action", Action), ("resourceType", ResourceType), ("resourceId", ResourceId) })
        {
            if (value is not null && !FreeText.IsValid(value, MaxFilterLength))
            {
                errors[name] = [$"Must be 1-{MaxFilterLength} characters without control characters."];
            }
        }

        if (Offset < 0)
        {
            errors["offset"] = ["Must not be negative."];
        }

        if (Limit is < 1 or > AuditFilter.MaxLimit)
        {
            errors["limit"] = [$"Must be between 1 and {AuditFilter.MaxLimit}."];
        }

        if (From > To)
        {
            errors["from"] = ["Must not be after 'to'."];
        }

        return errors;
    }

    public AuditFilter ToFilter(string tenant) =>
        new(tenant, UserId, Action, ResourceType, ResourceId, From, To, Offset ?? 0, Limit ?? AuditFilter.DefaultLimit);
}
