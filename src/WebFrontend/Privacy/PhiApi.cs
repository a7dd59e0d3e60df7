using Mesh.Grains.AI.Privacy;
using Mesh.Grains.Patients;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mesh.WebFrontend.Privacy;

/// <summary>
/// Shows what Mesh sends to an AI endpoint that is not trusted with patient data (<c>Mesh:AI:&lt;Capability&gt;:Trusted</c>):
/// the text de-identified as the chat model would get it, and the kinds of identifier replaced. The mapping back stays
/// inside. Doctors and nurses of the clinic may ask; every call, failed or not, leaves one audit record.
/// </summary>
public static class PhiApi
{
    /// <summary>Longest text accepted, in characters (the longest typed transcript a draft takes).</summary>
    public const int MaxTextLength = 200_000;

    /// <summary>The audit action of a de-identification.</summary>
    public const string AuditAction = "deidentify";

    public static IEndpointRouteBuilder MapPhiApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/phi/deidentify", DeidentifyAsync).RequireAuthorization(ClinicPolicies.PatientWrite).WithTags("Privacy")
            .WithName("Deidentify").WithSummary("De-identify a text as Mesh does before sending it to an untrusted AI endpoint")
            .Accepts<DeidentifyRequest>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Ok<DeidentifyResponse>, ValidationProblem, ProblemHttpResult>> DeidentifyAsync(
        DeidentifyRequest request, HttpContext http, IGrainFactory grains, PhiDeidentifier deidentifier, IPatientDataAudit audit, CancellationToken ct)
    {
        // Audited against the patient when one is named, else against the text alone.
        var (resourceType, resourceId) = request.PatientId is { } named && ClinicIds.IsValid(named) ? ("patient", named) : ("text", "-");
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            await audit.RecordAsync(AuditAction, resourceType, resourceId, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return TypedResults.ValidationProblem(errors);
        }

        PhiSubject? subject = null;
        if (request.PatientId is { } patientId)
        {
            var record = await grains.GetGrain<IPatientGrain>(PatientKeys.For(http.GetClinicUser().Tenant, patientId)).GetAsync().ConfigureAwait(false);
            if (record is null)
            {
                await audit.RecordAsync(AuditAction, resourceType, resourceId, AuditOutcome.Failed, ct).ConfigureAwait(false);
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Patient not found", detail: "No patient with this id in your clinic.");
            }

            subject = PhiSubject.From(record);
        }

        var result = deidentifier.Deidentify(request.Text!, subject);
        await audit.RecordAsync(AuditAction, resourceType, resourceId, AuditOutcome.Success, ct).ConfigureAwait(false);
        return TypedResults.Ok(new DeidentifyResponse(result.Text, result.Kinds));
    }

    private static Dictionary<string, string[]> Validate(DeidentifyRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            errors["text"] = ["Required: the text to de-identify."];
        }
        else if (request.Text.Length > MaxTextLength || request.Text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors["text"] = [$"At most {MaxTextLength} characters, no control characters other than line breaks and tabs."];
        }

        if (request.PatientId is not null && !ClinicIds.IsValid(request.PatientId))
        {
            errors["patientId"] = ["A patient id of your clinic: letters, digits, '.', '_' or '-', at most 64 characters."];
        }

        return errors;
    }
}
