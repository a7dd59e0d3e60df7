using Mesh.WebFrontend.Authorization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans.Dashboard;

namespace Mesh.WebFrontend.Hosting;

/// <summary>
/// The Orleans Dashboard at /dashboard, for the admin role only. API clients send their bearer token; the clinic page,
/// whose token lives in the tab's sessionStorage, first posts it to /api/v1/dashboard/session, which keeps it in an
/// HttpOnly cookie scoped to /dashboard (the dashboard's own page and its polling requests cannot set a header).
/// </summary>
public static class DashboardExtensions
{
    /// <summary>Where the dashboard is served.</summary>
    public const string Path = "/dashboard";

    /// <summary>The cookie that carries the signed-in page's token to the dashboard.</summary>
    public const string SessionCookie = "mesh.dashboard";

    internal static WebApplication MapMeshDashboard(this WebApplication app, RouteGroupBuilder api)
    {
        app.MapOrleansDashboard(Path).RequireAuthorization(ClinicPolicies.Dashboard);
        var session = api.MapGroup("/dashboard/session").WithTags("Operations").RequireAuthorization(ClinicPolicies.Dashboard);
        session.MapPost("/", StartSession)
            .WithName("StartDashboardSession")
            .WithSummary("Open the Orleans dashboard from the clinic page")
            .WithDescription("Keeps the caller's bearer token in an HttpOnly cookie for /dashboard until the token expires. Admin role only.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        session.MapDelete("/", EndSession).WithName("EndDashboardSession").WithSummary("Forget the dashboard cookie");
        return app;
    }

    /// <summary>The token of a /dashboard request that carries no Authorization header: the session cookie's.</summary>
    internal static string? TokenFromSessionCookie(HttpRequest request) =>
        request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase) && string.IsNullOrEmpty(request.Headers.Authorization)
            ? request.Cookies[SessionCookie]
            : null;

    private static NoContent StartSession(HttpContext context)
    {
        // The token just authenticated this request; its expiry bounds the cookie's, so the cookie never outlives it.
        var token = JwtBearerToken(context.Request) ?? context.Request.Cookies[SessionCookie];
        var expires = context.User.FindFirst("exp")?.Value is { } exp && long.TryParse(exp, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.UtcNow.AddHours(1);
        context.Response.Cookies.Append(SessionCookie, token ?? string.Empty, Options(context, expires));
        return TypedResults.NoContent();
    }

    private static NoContent EndSession(HttpContext context)
    {
        context.Response.Cookies.Delete(SessionCookie, Options(context, DateTimeOffset.UnixEpoch));
        return TypedResults.NoContent();
    }

    private static CookieOptions Options(HttpContext context, DateTimeOffset expires) => new()
    {
        HttpOnly = true,
        // Strict: no other site can make the browser send it, so the dashboard needs no CSRF token.
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = Path,
        Expires = expires,
    };

    private static string? JwtBearerToken(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        const string prefix = JwtBearerDefaults.AuthenticationScheme + " ";
        return header is not null && header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? header[prefix.Length..].Trim() : null;
    }
}
