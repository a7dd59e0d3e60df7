using Mesh.WebFrontend.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Limits;

/// <summary>
/// Applies the body limit of the matched route: 413 up front when Content-Length is too large, and a 413
/// as soon as a body without a length reads past the limit. Runs after routing so it sees route metadata.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<MeshWebOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limits = options.Value.Limits;
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<UploadLimitMetadata>() is null
            ? limits.MaxJsonBodyBytes
            : limits.MaxUploadBytes;

        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        // Kestrel enforces its own limit too; align it with the route's so uploads are not cut at its 30 MB default.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = limit;
        }

        context.Request.Body = new LengthLimitedStream(context.Request.Body, limit);
        return next(context);
    }
}
