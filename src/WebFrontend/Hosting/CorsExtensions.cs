using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mesh.WebFrontend.Hosting;

internal static class CorsExtensions
{
    /// <summary>Only the configured origins; bearer tokens travel in a header, so no cookies (credentials) are allowed.</summary>
    public static IServiceCollection AddMeshCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<MeshWebOptions>>((options, mesh) =>
            options.AddDefaultPolicy(policy => policy
                .WithOrigins(mesh.Value.Cors.AllowedOrigins)
                .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete)
                .WithHeaders(HeaderNames.Authorization, HeaderNames.ContentType, CorrelationIdMiddleware.HeaderName)
                .WithExposedHeaders(CorrelationIdMiddleware.HeaderName, HeaderNames.RetryAfter)));
        return services;
    }
}
