using Mesh.Grains.AI.Privacy;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authentication;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.CodeSets;
using Mesh.WebFrontend.Claims;
using Mesh.WebFrontend.Denials;
using Mesh.WebFrontend.Chat;
using Mesh.WebFrontend.Dev;
using Mesh.WebFrontend.Fhir;
using Mesh.WebFrontend.Limits;
using Mesh.WebFrontend.Live;
using Mesh.WebFrontend.Patients;
using Mesh.WebFrontend.Privacy;
using Mesh.WebFrontend.Radiology;
using Mesh.WebFrontend.Reports;
using Mesh.WebFrontend.Scribe;
using Mesh.Grains.Hosting.Operations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Hosting;

public static class MeshWebFrontendExtensions
{
    public const string ApiPrefix = "/api/v1";

    /// <summary>Options, problem details, JSON, OpenAPI, health, auth, audit, CORS and rate limits.</summary>
    public static WebApplicationBuilder AddMeshWebFrontend(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MeshWebOptions>().BindConfiguration(MeshWebOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MeshWebOptions>, MeshWebOptionsValidator>();
        builder.Logging.AddFilter(RequestLoggingMiddleware.HostingDiagnosticsCategory, LogLevel.Warning);
        builder.UseClinicPageWebRoot();

        services.AddMeshProblemDetails();
        services.AddMeshJson();
        services.AddOpenApi();
        services.AddHealthChecks();
        services.AddMeshAuthentication();
        services.AddMeshAuthorization();
        services.AddMeshAudit();
        services.AddMeshCors();
        services.AddSingleton<ClinicRateLimiter>();
        services.AddMeshLiveEncounters(builder.Configuration);
        services.AddMeshCodeSets();
        services.AddMeshFhir();
        services.AddMeshChat();
        services.TryAddSingleton(_ => new PhiDeidentifier());
        builder.AddMeshOperations();
        return builder;
    }

    /// <summary>The middleware pipeline and every route: the clinic page, health, OpenAPI and /api/v1; anything else is a 404 problem.</summary>
    public static WebApplication MapMeshWebFrontend(this WebApplication app)
    {
        app.UseMeshMetricsOnManagementPort();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseClinicPage();
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        app.UseMiddleware<ClinicRateLimitMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();

        // Unknown routes answer a 404 problem to everyone, before the fallback policy would turn them into a 401.
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is not null)
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        app.UseAuthorization();

        app.MapMeshHealthChecks();
        app.MapOpenApi().AllowAnonymous();
        app.MapMeshLiveEncounters();
        app.MapMeshChat();

        var api = app.MapGroup(ApiPrefix);
        api.MapAuditApi();
        api.MapPatientsApi();
        api.MapFhirApi();
        api.MapScribeApi();
        api.MapDraftsApi();
        api.MapReportsApi();
        api.MapRadiologyApi();
        api.MapPhiApi();
        api.MapCodeSetsApi();
        app.MapMeshDashboard(api);
        api.MapClaimsApi();
        api.MapContractsApi();
        api.MapClaimImportApi();
        api.MapDenialsApi();
        api.MapRevenueApi();
        api.MapChatApi();
        if (app.Services.GetRequiredService<IOptions<MeshWebOptions>>().Value.LocalMode)
        {
            api.MapDevTokenApi();
        }

        foreach (var module in app.Services.GetServices<IMeshApiModule>())
        {
            module.MapEndpoints(api);
        }
        return app;
    }
}
