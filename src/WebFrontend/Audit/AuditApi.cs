using Mesh.WebFrontend.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mesh.WebFrontend.Audit;

/// <summary>Read access to the clinic's own audit log, for administrators.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(ClinicPolicies.AuditRead);
        group.MapGet("/", QueryAuditAsync)
            .WithName("QueryAudit")
            .WithSummary("Query the audit log")
            .WithDescription("Who read or changed which patient data in the caller's clinic, newest first, filtered and paged (limit at most 200).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    public static async Task<Results<Ok<AuditPage>, ValidationProblem>> QueryAuditAsync(
        [AsParameters] AuditQuery query,
        HttpContext context,
        IAuditTrail trail,
        CancellationToken ct)
    {
        var errors = query.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // The tenant comes from the token only, so an administrator sees their own clinic and nothing else.
        var filter = query.ToFilter(context.GetClinicUser().Tenant);
        var items = await trail.QueryAsync(filter, ct).ConfigureAwait(false);
        return TypedResults.Ok(new AuditPage(items, filter.Offset, filter.Limit));
    }
}
