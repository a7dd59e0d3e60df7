using Mesh.Grains.Claims;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mesh.WebFrontend.Claims;

/// <summary>
/// Claims and denials of the caller's clinic. Billing staff work them; doctors and nurses may read. Every read leaves
/// an audit record; another clinic's claim is simply not found.
/// </summary>
public static class ClaimsApi
{
    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder api)
    {
        var claims = api.MapGroup("/claims").WithTags("Claims");
        claims.MapGet("/{id}", GetAsync).RequireAuthorization(ClinicPolicies.ClaimRead)
            .WithName("GetClaim").WithSummary("A claim with lines, diagnoses, payer, status history, remittances and balance due")
            .ProducesProblem(StatusCodes.Status404NotFound);
        claims.MapGet("/", ListAsync).RequireAuthorization(ClinicPolicies.ClaimRead)
            .WithName("ListClaims").WithSummary("The clinic's claims by status, payer, patient and service dates, paged");
        api.MapGet("/denials", ListDenialsAsync).RequireAuthorization(ClinicPolicies.ClaimRead).WithTags("Claims")
            .WithName("ListDenials").WithSummary("Every denial or reducing adjustment, with its reason's meaning and the dollars at stake");
        return api;
    }

    public static async Task<IResult> GetAsync(string id, [AsParameters] ClaimServices services, CancellationToken ct)
    {
        var claim = services.Claim(id) is { } grain ? await grain.GetAsync().ConfigureAwait(false) : null;
        await services.Audit.RecordAsync(AuditActions.Read, ClaimServices.ClaimResource, id, claim is null ? AuditOutcome.Failed : AuditOutcome.Success, ct)
            .ConfigureAwait(false);
        return claim is null ? ClaimServices.NotFound("Claim", "No claim with this id in your clinic.") : TypedResults.Ok(ClaimResponse.From(claim));
    }

    public static async Task<Results<Ok<ClaimPage>, ValidationProblem>> ListAsync(
        [AsParameters] ClaimListQuery query, [AsParameters] ClaimServices services, CancellationToken ct)
    {
        var errors = query.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await services.Index.ListClaimsAsync(query.ToQuery()).ConfigureAwait(false);
        await services.Audit.RecordReadAsync(ClaimServices.ClaimResource, "list", ct).ConfigureAwait(false);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<DenialPage>, ValidationProblem>> ListDenialsAsync(
        [AsParameters] DenialListQuery query, [AsParameters] ClaimServices services, CancellationToken ct)
    {
        var errors = query.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await services.Index.ListDenialsAsync(query.ToQuery()).ConfigureAwait(false);
        await services.Audit.RecordReadAsync(ClaimServices.DenialResource, "list", ct).ConfigureAwait(false);
        return TypedResults.Ok(page);
    }
}
