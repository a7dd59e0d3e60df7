using Microsoft.Net.Http.Headers;

namespace Mesh.WebFrontend.Hosting;

/// <summary>The clinic page: static HTML, CSS and JS modules from wwwroot, with index.html at "/".</summary>
internal static class ClinicPageExtensions
{
    /// <summary>
    /// Static files answer before routing and authorization, so the page itself is anonymous; it holds no clinic data,
    /// and every API call it makes carries the user's token. /api is left out so an unknown API route stays a 404 problem.
    /// </summary>
    public static WebApplication UseClinicPage(this WebApplication app)
    {
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            page =>
            {
                page.UseDefaultFiles();
                page.UseStaticFiles(new StaticFileOptions
                {
                    // Revalidate on every load so a clinic never runs a page older than the API it talks to.
                    OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
                });
            });
        return app;
    }
}
