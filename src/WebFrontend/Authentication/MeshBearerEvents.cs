using System.Security.Claims;
using Mesh.WebFrontend.Validation;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Mesh.WebFrontend.Authentication;

/// <summary>
/// What Mesh adds to the JWT bearer scheme: hubs may take the token from the access_token query (browsers cannot set
/// headers on a WebSocket), and a valid token must name exactly one clinic and one user.
/// </summary>
internal sealed partial class MeshBearerEvents(ILogger<MeshBearerEvents> logger) : JwtBearerEvents
{
    public override Task MessageReceived(MessageReceivedContext context)
    {
        var request = context.Request;
        if (string.IsNullOrEmpty(request.Headers.Authorization)
            && request.Path.StartsWithSegments(MeshAuthenticationDefaults.HubPathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            string? token = request.Query[MeshAuthenticationDefaults.AccessTokenQueryParameter];
            if (!string.IsNullOrEmpty(token))
            {
                context.Token = token;
            }
        }
        else if (Hosting.DashboardExtensions.TokenFromSessionCookie(request) is { Length: > 0 } cookie)
        {
            context.Token = cookie;
        }

        return Task.CompletedTask;
    }

    public override Task TokenValidated(TokenValidatedContext context)
    {
        if (context.Principal is not { } principal || !HasClinicIdentity(principal))
        {
            LogRefused(logger);
            context.Fail("missing or invalid sub or tenant claim");
        }

        return Task.CompletedTask;
    }

    // Exactly one tenant and one subject: a token naming two clinics is ambiguous and refused.
    private static bool HasClinicIdentity(ClaimsPrincipal principal) =>
        ClinicIds.IsValid(SingleValue(principal, MeshClaimTypes.Tenant))
        && ClinicIds.IsValid(SingleValue(principal, MeshClaimTypes.Subject));

    private static string? SingleValue(ClaimsPrincipal principal, string type)
    {
        var claims = principal.FindAll(type).Take(2).ToList();
        return claims.Count == 1 ? claims[0].Value : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bearer token refused: missing or invalid sub or tenant claim")]
    private static partial void LogRefused(ILogger logger);
}
