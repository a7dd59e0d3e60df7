using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Dev;

public sealed record DevTokenRequest(string? Tenant, string? UserId, IReadOnlyList<string>? Roles, string? Name)
{
    private const int MaxNameLength = 128;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (!ClinicIds.IsValid(Tenant))
        {
            errors["tenant"] = ["Required: 1-64 characters of A-Z, a-z, 0-9, '_', '.', '-'."];
        }

        if (!ClinicIds.IsValid(UserId))
        {
            errors["userId"] = ["Required: 1-64 characters of A-Z, a-z, 0-9, '_', '.', '-'."];
        }

        if (Roles is null || Roles.Count == 0 || Roles.Any(role => role is null || !ClinicRoles.All.Contains(role)))
        {
            errors["roles"] = [$"Required: one or more of {string.Join(", ", ClinicRoles.All)}."];
        }

        if (Name is not null && !FreeText.IsValid(Name, MaxNameLength))
        {
            errors["name"] = [$"Must be 1-{MaxNameLength} characters without control characters."];
        }

        return errors;
    }
}
