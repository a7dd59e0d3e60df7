using Mesh.Grains.Claims;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;

namespace Mesh.WebFrontend.Claims;

/// <summary>Payer contracts of the caller's clinic: the rate card each remittance line is checked against.</summary>
public static class ContractsApi
{
    public static IEndpointRouteBuilder MapContractsApi(this IEndpointRouteBuilder api)
    {
        var contracts = api.MapGroup("/contracts").WithTags("Claims");
        contracts.MapPut("/{payerId}", PutAsync).RequireAuthorization(ClinicPolicies.Billing)
            .WithName("PutContract").WithSummary("Load a payer's rate card (CSV: code, modifier, allowed amount, effective from, effective to)")
            .Accepts<string>("text/csv").ProducesValidationProblem();
        contracts.MapGet("/{payerId}", GetAsync).RequireAuthorization(ClinicPolicies.Billing)
            .WithName("GetContract").WithSummary("A payer's rate card").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<IResult> PutAsync(string payerId, HttpRequest request, [AsParameters] ClaimServices services, CancellationToken ct)
    {
        if (services.Contract(payerId) is not { } contract)
        {
            await services.Audit.RecordAsync(AuditActions.Update, ClaimServices.ContractResource, "invalid", AuditOutcome.Failed, ct).ConfigureAwait(false);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["payerId"] = ["1-80 letters, digits, '.', '_' or '-'."] });
        }

        var text = await ClaimUploads.ReadTextAsync(request, ct).ConfigureAwait(false);
        var (rates, errors) = RateCardCsv.Read(text ?? string.Empty);
        if (text is null || errors.Count > 0)
        {
            await services.Audit.RecordAsync(AuditActions.Update, ClaimServices.ContractResource, payerId, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["rateCard"] = text is null ? ["Send the rate card as text/csv or a multipart file."] : [.. errors] });
        }

        var card = await contract.SetRatesAsync(rates).ConfigureAwait(false);
        await services.Audit.RecordWriteAsync(AuditActions.Update, ClaimServices.ContractResource, payerId, ct).ConfigureAwait(false);
        return TypedResults.Ok(card);
    }

    public static async Task<IResult> GetAsync(string payerId, [AsParameters] ClaimServices services, CancellationToken ct)
    {
        var card = services.Contract(payerId) is { } contract ? await contract.GetAsync().ConfigureAwait(false) : null;
        await services.Audit.RecordAsync(AuditActions.Read, ClaimServices.ContractResource, payerId, card is null ? AuditOutcome.Failed : AuditOutcome.Success, ct)
            .ConfigureAwait(false);
        return card is null ? ClaimServices.NotFound("Contract", "No rate card for this payer in your clinic.") : TypedResults.Ok(card);
    }
}
