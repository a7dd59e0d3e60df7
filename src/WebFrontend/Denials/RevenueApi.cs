using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;

namespace Mesh.WebFrontend.Denials;

/// <summary>The clinic's revenue at a glance, for billing staff.</summary>
public static class RevenueApi
{
    private const int MaxDays = 3 * 366;

    public static IEndpointRouteBuilder MapRevenueApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/revenue/stats", StatsAsync).RequireAuthorization(ClinicPolicies.Billing).WithTags("Denials")
            .WithName("GetRevenueStats")
            .WithSummary("Denial rate by payer, top denial reasons by dollars, days in A/R, underpayments recovered, appeal outcomes");
        return api;
    }

    public static async Task<IResult> StatsAsync(DateOnly? from, DateOnly? to, [AsParameters] DenialServices services, TimeProvider time, CancellationToken ct)
    {
        var last = to ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var first = from ?? last.AddDays(-89);
        if (first > last || last.DayNumber - first.DayNumber > MaxDays)
        {
            return DenialProblems.Invalid("from", $"from must be on or before to, at most {MaxDays} days apart.");
        }

        var stats = await services.Clinic.GetStatsAsync(first, last).ConfigureAwait(false);
        await services.Audit.RecordReadAsync(DenialServices.RevenueResource, $"{first:yyyy-MM-dd}..{last:yyyy-MM-dd}", ct).ConfigureAwait(false);
        return TypedResults.Ok(stats);
    }
}
