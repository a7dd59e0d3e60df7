using System.Security.Claims;
using Mesh.WebFrontend.Authentication;
using Mesh.WebFrontend.Limits;
using Mesh.WebFrontend.Patients;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Fhir;

/// <summary>
/// POST /sync-fhir-resource: the EHR's webhook, for systems without a user token. The body is signed with the
/// clinic's secret (<c>X-Mesh-Signature: sha256={hex HMAC-SHA256 of the raw body}</c>); the matching secret names
/// the clinic, and the import runs (and is audited) as that clinic's integration user. Replaying a signed body is
/// harmless: the import is idempotent by resource version.
/// </summary>
public static class FhirWebhookApi
{
    public const string SignatureHeader = "X-Mesh-Signature";

    /// <summary>The user id the webhook's reads and writes are audited as.</summary>
    public const string IntegrationUserId = "fhir-webhook";

    /// <summary>How the webhook's caller is authenticated: by the body's signature, which no user token can claim.</summary>
    public const string AuthenticationType = "FhirWebhook";

    public static IEndpointRouteBuilder MapFhirWebhook(this IEndpointRouteBuilder api)
    {
        api.MapPost("/sync-fhir-resource", SyncAsync).AllowAnonymous().WithUploadLimit()
            .WithTags("FHIR").WithName("SyncFhirResource").WithSummary("The signed FHIR webhook: a resource or Bundle from the clinic's EHR")
            .Accepts<object>(FhirFormat.Json, FhirFormat.Xml);
        return api;
    }

    public static async Task<IResult> SyncAsync(HttpContext http, IOptions<FhirOptions> options, IGrainFactory grains, Audit.IPatientDataAudit audit,
        TimeProvider time, CancellationToken ct)
    {
        var secrets = http.RequestServices.GetRequiredService<FhirWebhookSecrets>();
        var (body, refusal) = await FhirBody.ReadAsync(http.Request, options.Value.MaxBodyBytes, ct).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        if (secrets.TenantOf(http.Request.Headers[SignatureHeader].ToString() is { Length: > 0 } s ? s : null, body!) is not { } tenant)
        {
            return FhirFormat.Outcome(http.Request, StatusCodes.Status401Unauthorized,
            [
                new FhirIssue(StatusCodes.Status401Unauthorized, Hl7.Fhir.Model.OperationOutcome.IssueSeverity.Error, Hl7.Fhir.Model.OperationOutcome.IssueType.Security,
                    $"{SignatureHeader} is missing or does not match any clinic's secret: sha256=<hex HMAC-SHA256 of the raw body>.", SignatureHeader),
            ]);
        }

        http.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(MeshClaimTypes.Tenant, tenant), new Claim(MeshClaimTypes.Subject, IntegrationUserId), new Claim(MeshClaimTypes.Name, "FHIR webhook")],
            authenticationType: AuthenticationType, MeshClaimTypes.Name, MeshClaimTypes.Role));
        return await FhirImportFlow.ImportAsync(http.Request, FhirBody.Text(body!), new PatientServices(grains, audit, time, http), ct).ConfigureAwait(false);
    }
}
