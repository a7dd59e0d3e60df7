using Mesh.Grains.Claims;
using Mesh.Grains.Claims.CodeSets;
using Mesh.Grains.Patients;
using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Denials.Clinic;

/// <summary>A clinic's denial work in the silo: it gathers from the claim grains and hands over to the model and appeal grains.</summary>
[StatelessWorker]
public sealed class ClinicDenialsGrain : Grain, IClinicDenialsGrain
{
    private const int EarlierClaimsConsidered = 100;

    private string Tenant => this.GetPrimaryKeyString();

    private ClinicClaims Claims => new(GrainFactory, Tenant);

    public async Task<DenialRisk?> ScoreClaimAsync(string claimId)
    {
        if (await Claims.GetAsync(claimId) is not { } view)
        {
            return null;
        }

        var earlier = view.Claim.PatientId is { } patientId
            ? await Claims.GetManyAsync((await Claims.ListAsync(patientId, max: EarlierClaimsConsidered))
                .Where(summary => summary.ClaimId != claimId && summary.Status != ClaimStatus.Voided).Select(summary => summary.ClaimId))
            : [];

        var coverage = view.Claim.PatientId is { } patient
            ? CoverageReader.Periods(await GrainFactory.GetGrain<IPatientGrain>(PatientKeys.For(Tenant, patient)).ListResourcesAsync("Coverage"))
            : [];
        var diagnoses = await GrainFactory.DiagnosesAsync(view.Claim.Diagnoses.Select(d => d.Code));
        var notBillable = view.Claim.Diagnoses.Select(d => diagnoses.Find(d.Code)).Where(m => m is { Known: true, Billable: false }).Select(m => m.Code).ToList();
        var context = new RiskContext(coverage, earlier.Select(other => other.Claim).ToList(), notBillable);
        return await GrainFactory.GetGrain<IDenialModelGrain>(Tenant).ScoreAsync(view.Claim, context);
    }

    public async Task<DenialModelReport> TrainAsync()
    {
        var summaries = await Claims.ListAsync();
        var answered = summaries.Where(summary => summary.Status is ClaimStatus.Paid or ClaimStatus.Partial or ClaimStatus.Denied).Select(summary => summary.ClaimId);
        var history = (await Claims.GetManyAsync(answered)).Select(ClaimOutcomes.Label).OfType<LabeledClaim>().ToList();
        return await GrainFactory.GetGrain<IDenialModelGrain>(Tenant).TrainAsync(history);
    }

    public async Task<AppealVersion?> DraftAppealAsync(string denialId, string appealId, AppealOrder order)
    {
        if (await new AppealFactsGatherer(GrainFactory, Tenant).GatherAsync(denialId, order) is not { } gathered)
        {
            return null;
        }

        var appeal = await GrainFactory.GetGrain<IAppealGrain>(TenantKeys.For(Tenant, appealId))
            .DraftAsync(new AppealDraftRequest(denialId, order.Kind, gathered.Facts, order.UseChatModel, order.RequestedBy));
        await GrainFactory.GetGrain<IAppealListGrain>(Tenant)
            .AddAsync(new AppealListing(appealId, denialId, gathered.ClaimId, appeal.Kind, gathered.PaidSoFar, appeal.CreatedAt));
        return appeal;
    }

    public async Task<RevenueStats> GetStatsAsync(DateOnly from, DateOnly to)
    {
        var claims = await Claims.ListAsync(from: from, to: to);
        var denials = await Claims.ListDenialsAsync(from, to);
        var appeals = (await GrainFactory.GetGrain<IAppealListGrain>(Tenant).ListAsync())
            .Where(appeal => DateOnly.FromDateTime(appeal.DraftedAt.UtcDateTime) is var day && day >= from && day <= to).ToList();
        var (outcomes, recovered) = await AppealResultsAsync(appeals);
        return new RevenueStats(
            from, to, claims.Count, claims.Sum(claim => claim.Balance.Billed), claims.Sum(claim => claim.Balance.Paid),
            RevenueFigures.DenialRates(claims), RevenueFigures.TopReasonsByDollars(denials), RevenueFigures.DaysInAccountsReceivable(claims, from, to),
            recovered, outcomes);
    }

    private async Task<(AppealOutcomes Outcomes, decimal Recovered)> AppealResultsAsync(List<AppealListing> appeals)
    {
        int drafts = 0, sent = 0, won = 0, lost = 0;
        var recovered = 0m;
        var views = (await Claims.GetManyAsync(appeals.Select(appeal => appeal.ClaimId).Distinct())).ToDictionary(view => view.Claim.ClaimId);
        // Each appeal is its own grain: ask them all at once rather than one after another.
        var letters = await Task.WhenAll(appeals.Select(appeal => GrainFactory.GetGrain<IAppealGrain>(TenantKeys.For(Tenant, appeal.AppealId)).GetAsync(null)));
        for (var i = 0; i < appeals.Count; i++)
        {
            var (appeal, latest) = (appeals[i], letters[i]);
            var view = views.GetValueOrDefault(appeal.ClaimId);
            var gained = view is null ? 0 : view.Balance.Paid - appeal.PaidWhenDrafted;
            var answeredSince = view?.Remittances.Any(remittance => remittance.Payment.Source.ReceivedAt > appeal.DraftedAt) == true;
            if (latest is null || latest.Status == AppealStatus.Draft && latest.Version == 1)
            {
                drafts++;
            }
            else if (gained > 0)
            {
                won++;
                recovered += appeal.Kind == AppealKind.Underpayment ? gained : 0;
            }
            else if (answeredSince)
            {
                lost++;
            }
            else
            {
                sent++;
            }
        }

        return (new AppealOutcomes(drafts, sent, won, lost), recovered);
    }
}
