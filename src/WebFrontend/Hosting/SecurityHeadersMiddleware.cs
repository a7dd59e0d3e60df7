using Microsoft.Net.Http.Headers;

namespace Mesh.WebFrontend.Hosting;

/// <summary>Browser hardening headers on every response; API responses are never cached.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // Same-origin page with its own JS and CSS: no inline script, no framing, no plugins. The live visit needs nothing
    // more: its audio worklet is a script from this origin (script-src), connect-src 'self' also admits the hub's
    // WebSocket on this origin (ws/wss), and read-aloud translations play from blob: URLs (media-src).
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
        + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = "no-store";
                headers[HeaderNames.Pragma] = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
