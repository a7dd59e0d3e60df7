using System.Security.Claims;

namespace Mesh.WebFrontend.Authentication;

/// <summary>A validated principal, or the reason a token was refused (safe to log: it never contains the token).</summary>
internal sealed record TokenValidationOutcome(ClaimsPrincipal? Principal, string? FailureReason)
{
    public static TokenValidationOutcome Success(ClaimsPrincipal principal) => new(principal, null);

    public static TokenValidationOutcome Failure(string reason) => new(null, reason);
}
