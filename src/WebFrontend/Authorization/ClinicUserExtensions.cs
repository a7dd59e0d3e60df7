using System.Security.Claims;
using Mesh.WebFrontend.Authentication;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Authorization;

/// <summary>The one way endpoints learn who is calling.</summary>
public static class ClinicUserExtensions
{
    /// <summary>The calling user; throws when the route let an anonymous caller through, which is a routing bug.</summary>
    public static ClinicUser GetClinicUser(this HttpContext context) =>
        context.User.ToClinicUser()
        ?? throw new InvalidOperationException($"Route '{context.GetEndpoint()?.DisplayName}' needs an authenticated clinic user.");

    /// <summary>The clinic user in a principal, or null when it is anonymous or lacks a valid tenant and subject.</summary>
    public static ClinicUser? ToClinicUser(this ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var tenant = principal.FindFirst(MeshClaimTypes.Tenant)?.Value;
        var userId = principal.FindFirst(MeshClaimTypes.Subject)?.Value;
        if (!ClinicIds.IsValid(tenant) || !ClinicIds.IsValid(userId))
        {
            return null;
        }

        var roles = principal.FindAll(MeshClaimTypes.Role)
            .Select(claim => claim.Value)
            .Where(ClinicRoles.All.Contains)
            .ToHashSet(StringComparer.Ordinal);
        return new ClinicUser(tenant!, userId!, roles, principal.FindFirst(MeshClaimTypes.Name)?.Value);
    }
}
