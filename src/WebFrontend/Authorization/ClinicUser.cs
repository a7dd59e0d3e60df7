namespace Mesh.WebFrontend.Authorization;

/// <summary>The signed-in clinic user, as stated by a validated token. The tenant never comes from the request.</summary>
public sealed record ClinicUser(string Tenant, string UserId, IReadOnlySet<string> Roles, string? DisplayName)
{
    public bool IsInRole(string role) => Roles.Contains(role);
}
