namespace Mesh.WebFrontend.Hosting;

internal static class ErrorHandlingExtensions
{
    /// <summary>Every error leaves as problem details carrying the correlation id.</summary>
    public static IServiceCollection AddMeshProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["correlationId"] = context.HttpContext.GetCorrelationId());
        services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Binding failures throw so the exception handler can name the field; otherwise they end as an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
