using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Limits;
using Mesh.WebFrontend.Patients;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Fhir;

/// <summary>
/// FHIR R4 in and out for the caller's clinic: POST /fhir imports a resource or a Bundle (JSON or XML); the GET
/// routes export the Patient, <c>$everything</c> and the resources of one type. The signed webhook for systems
/// without a user token is <see cref="FhirWebhookApi"/>.
/// </summary>
public static class FhirApi
{
    public static IServiceCollection AddMeshFhir(this IServiceCollection services)
    {
        services.AddOptions<FhirOptions>().BindConfiguration(FhirOptions.SectionName);
        services.AddSingleton<FhirWebhookSecrets>();
        return services;
    }

    public static IEndpointRouteBuilder MapFhirApi(this IEndpointRouteBuilder api)
    {
        // The FHIR routes answer an oversized body themselves, as an OperationOutcome; the upload limit lets it reach them.
        api.MapPost("/fhir", ImportAsync).RequireAuthorization(ClinicPolicies.PatientWrite).WithUploadLimit()
            .WithTags("FHIR").WithName("ImportFhir").WithSummary("Import FHIR R4 resources or a Bundle (JSON or XML)")
            .Accepts<object>(FhirFormat.Json, FhirFormat.Xml);
        api.MapGet("/fhir/Patient/{id}", FhirReadApi.GetPatientAsync).RequireAuthorization(ClinicPolicies.PatientRead)
            .WithTags("FHIR").WithName("GetFhirPatient").WithSummary("A patient as a FHIR R4 Patient");
        api.MapGet("/fhir/Patient/{id}/$everything", FhirReadApi.EverythingAsync).RequireAuthorization(ClinicPolicies.PatientRead)
            .WithTags("FHIR").WithName("FhirPatientEverything").WithSummary("Everything kept about a patient, signed reports included, as a searchset Bundle");
        api.MapGet("/fhir/{type}", FhirReadApi.SearchAsync).RequireAuthorization(ClinicPolicies.PatientRead)
            .WithTags("FHIR").WithName("SearchFhir").WithSummary("A patient's resources of one type: ?patient={id}");
        api.MapFhirWebhook();
        return api;
    }

    public static async Task<IResult> ImportAsync(HttpRequest request, IOptions<FhirOptions> options, [AsParameters] PatientServices services, CancellationToken ct)
    {
        var (body, refusal) = await FhirBody.ReadAsync(request, options.Value.MaxBodyBytes, ct).ConfigureAwait(false);
        return refusal ?? await FhirImportFlow.ImportAsync(request, FhirBody.Text(body!), services, ct).ConfigureAwait(false);
    }
}
