using Mesh.Grains.Claims;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Limits;

namespace Mesh.WebFrontend.Claims;

/// <summary>
/// X12 in: 837 claim files (answered with each claim's outcome and the 999) and 835 remittances (matched to the
/// clinic's claims). The files are read in the silo, not here. Billing staff only; every import is audited.
/// </summary>
public static class ClaimImportApi
{
    public static IEndpointRouteBuilder MapClaimImportApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/claims/x12", ImportClaimsAsync).RequireAuthorization(ClinicPolicies.Billing).WithUploadLimit().WithTags("Claims")
            .WithName("ImportClaims").WithSummary("Import an X12 837 (application/edi-x12, text/plain or a multipart file)")
            .Accepts<string>("application/edi-x12", "text/plain", "multipart/form-data")
            .Produces<ClaimImportResponse>().Produces<ClaimImportResponse>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/claims/batches/{id}", GetBatchAsync).RequireAuthorization(ClinicPolicies.ClaimRead).WithTags("Claims")
            .WithName("GetClaimBatch").WithSummary("The progress of a background claim import").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/remittances/x12", ImportRemittancesAsync).RequireAuthorization(ClinicPolicies.Billing).WithUploadLimit().WithTags("Claims")
            .WithName("ImportRemittances").WithSummary("Import an X12 835 and match its payments to the clinic's claims")
            .Accepts<string>("application/edi-x12", "text/plain", "multipart/form-data")
            .Produces<RemittanceImportResponse>().ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    public static async Task<IResult> ImportClaimsAsync(HttpRequest request, [AsParameters] ClaimServices services, CancellationToken ct)
    {
        var x12 = await ClaimUploads.ReadTextAsync(request, ct).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(x12))
        {
            await services.Audit.RecordAsync(AuditActions.Create, ClaimServices.ClaimResource, "x12", AuditOutcome.Failed, ct).ConfigureAwait(false);
            return NoFile();
        }

        var result = await services.Grains.GetGrain<IClaimImportGrain>(services.Tenant).ImportClaimsAsync(x12).ConfigureAwait(false);
        var response = ClaimImportResponse.From(result);
        var file = result.Interchange is { } i ? $"x12:{i.Sender}.{i.ControlNumber}" : "x12";
        if (result.Interchange is null || result.ClaimCount == 0)
        {
            await services.Audit.RecordAsync(AuditActions.Create, ClaimServices.ClaimResource, file, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return Malformed("The file is not an 837 Mesh can read.", response.Errors);
        }

        await services.Audit.RecordWriteAsync(AuditActions.Create, ClaimServices.ClaimResource, file, ct).ConfigureAwait(false);
        return result.BatchId is { } batch
            ? TypedResults.Accepted($"/api/v1/claims/batches/{batch}", response)
            : TypedResults.Ok(response);
    }

    public static async Task<IResult> GetBatchAsync(string id, [AsParameters] ClaimServices services, CancellationToken ct)
    {
        var progress = ClaimIds.IsValid(id)
            ? await services.Grains.GetGrain<IClaimBatchGrain>(Mesh.Grains.TenantKeys.For(services.Tenant, id)).GetProgressAsync().ConfigureAwait(false)
            : null;
        await services.Audit.RecordAsync(AuditActions.Read, ClaimServices.ClaimResource, $"batch:{id}", progress is null ? AuditOutcome.Failed : AuditOutcome.Success, ct)
            .ConfigureAwait(false);
        return progress is null ? ClaimServices.NotFound("Batch", "No claim import batch with this id in your clinic.") : TypedResults.Ok(ClaimBatchResponse.From(progress));
    }

    public static async Task<IResult> ImportRemittancesAsync(HttpRequest request, [AsParameters] ClaimServices services, CancellationToken ct)
    {
        var x12 = await ClaimUploads.ReadTextAsync(request, ct).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(x12))
        {
            await services.Audit.RecordAsync(AuditActions.Update, ClaimServices.RemittanceResource, "x12", AuditOutcome.Failed, ct).ConfigureAwait(false);
            return NoFile();
        }

        var result = await services.Grains.GetGrain<IClaimImportGrain>(services.Tenant).ImportRemittancesAsync(x12).ConfigureAwait(false);
        var response = RemittanceImportResponse.From(result);
        var file = result.Interchange is { } i ? $"x12:{i.Sender}.{i.ControlNumber}" : "x12";
        if (result.Interchange is null || result.Payments.Count + result.Unmatched.Count == 0)
        {
            await services.Audit.RecordAsync(AuditActions.Update, ClaimServices.RemittanceResource, file, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return Malformed("The file is not an 835 Mesh can read.", response.Errors);
        }

        await services.Audit.RecordWriteAsync(AuditActions.Update, ClaimServices.RemittanceResource, file, ct).ConfigureAwait(false);
        return TypedResults.Ok(response);
    }

    private static IResult NoFile() => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No X12 file",
        detail: "Send the file as the body (Content-Type: application/edi-x12 or text/plain) or as a multipart file.");

    private static IResult Malformed(string title, IReadOnlyList<X12IssueResponse> issues) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: title,
        detail: issues.Count > 0 ? $"{issues[0].Segment} at position {issues[0].Position}: {issues[0].Message}" : "The file holds no transaction Mesh reads.",
        extensions: new Dictionary<string, object?> { ["issues"] = issues });
}
