using Mesh.Grains.Patients;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mesh.WebFrontend.Patients;

/// <summary>
/// Patients of the caller's clinic. The clinic comes from the token; an id of another clinic is simply not found.
/// Every read and write, failed or not, leaves one audit record.
/// </summary>
public static class PatientsApi
{
    public static IEndpointRouteBuilder MapPatientsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/patients").WithTags("Patients");
        group.MapPost("/", CreateAsync).RequireAuthorization(ClinicPolicies.PatientWrite)
            .WithName("CreatePatient").WithSummary("Create a patient").Accepts<PatientRequest>("application/json")
            .ProducesValidationProblem();
        group.MapGet("/", SearchAsync).RequireAuthorization(ClinicPolicies.PatientRead)
            .WithName("SearchPatients").WithSummary("Find patients by name part and/or birth date, paged");
        group.MapGet("/{id}", GetAsync).RequireAuthorization(ClinicPolicies.PatientRead)
            .WithName("GetPatient").WithSummary("Read a patient").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id}", UpdateAsync).RequireAuthorization(ClinicPolicies.PatientWrite)
            .WithName("UpdatePatient").WithSummary("Replace a patient's demographics and clinical lists")
            .Accepts<PatientRequest>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/context", GetContextAsync).RequireAuthorization(ClinicPolicies.PatientRead)
            .WithName("GetPatientContext").WithSummary("The grounding context a draft uses").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Created<PatientResponse>, ValidationProblem>> CreateAsync(
        PatientRequest request, [AsParameters] PatientServices services, CancellationToken ct)
    {
        var errors = PatientRequestValidator.Validate(request, services.Today);
        var id = Guid.NewGuid().ToString("N");
        if (errors.Count > 0)
        {
            await services.Audit.RecordAsync(AuditActions.Create, PatientServices.ResourceType, id, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return TypedResults.ValidationProblem(errors);
        }

        var record = await services.Patient(id)!.CreateAsync(request.ToDemographics(), request.ToFacts()).ConfigureAwait(false);
        await services.Audit.RecordWriteAsync(AuditActions.Create, PatientServices.ResourceType, id, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/patients/{id}", PatientResponse.From(record));
    }

    public static async Task<Results<Ok<PatientResponse>, ProblemHttpResult>> GetAsync(
        string id, [AsParameters] PatientServices services, CancellationToken ct)
    {
        var record = services.Patient(id) is { } grain ? await grain.GetAsync().ConfigureAwait(false) : null;
        return await AuditedAsync(services, AuditActions.Read, id, record, PatientResponse.From, ct).ConfigureAwait(false);
    }

    public static async Task<Results<Ok<PatientResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, PatientRequest request, [AsParameters] PatientServices services, CancellationToken ct)
    {
        var grain = services.Patient(id);
        var errors = PatientRequestValidator.Validate(request, services.Today);
        if (grain is not null && errors.Count > 0)
        {
            await services.Audit.RecordAsync(AuditActions.Update, PatientServices.ResourceType, id, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return TypedResults.ValidationProblem(errors);
        }

        var record = grain is null ? null : await grain.UpdateAsync(request.ToDemographics(), request.ToFacts()).ConfigureAwait(false);
        var result = await AuditedAsync(services, AuditActions.Update, id, record, PatientResponse.From, ct).ConfigureAwait(false);
        return result.Result is Ok<PatientResponse> ok ? ok : (ProblemHttpResult)result.Result;
    }

    public static async Task<Results<Ok<PatientContext>, ProblemHttpResult>> GetContextAsync(
        string id, [AsParameters] PatientServices services, CancellationToken ct)
    {
        var context = services.Patient(id) is { } grain ? await grain.GetContextAsync().ConfigureAwait(false) : null;
        return await AuditedAsync(services, AuditActions.Read, id, context, c => c, ct).ConfigureAwait(false);
    }

    public static async Task<Results<Ok<PatientSearchPage>, ValidationProblem>> SearchAsync(
        [AsParameters] PatientSearchQuery query, [AsParameters] PatientServices services, CancellationToken ct)
    {
        var errors = query.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await services.Directory.SearchAsync(query.ToSearch()).ConfigureAwait(false);
        await services.Audit.RecordReadAsync(PatientServices.ResourceType, "search", ct).ConfigureAwait(false);
        return TypedResults.Ok(page);
    }

    /// <summary>Answers 200 with the found item or a 404 problem, auditing either outcome.</summary>
    private static async Task<Results<Ok<TOut>, ProblemHttpResult>> AuditedAsync<TIn, TOut>(
        PatientServices services, string action, string id, TIn? found, Func<TIn, TOut> map, CancellationToken ct)
        where TIn : class
    {
        var outcome = found is null ? AuditOutcome.Failed : AuditOutcome.Success;
        await services.Audit.RecordAsync(action, PatientServices.ResourceType, id, outcome, ct).ConfigureAwait(false);
        return found is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Patient not found", detail: "No patient with this id in your clinic.")
            : TypedResults.Ok(map(found));
    }
}
