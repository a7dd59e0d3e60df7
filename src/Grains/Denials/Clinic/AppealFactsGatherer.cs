using Mesh.Grains.Claims;
using Mesh.Grains.Reports;
using Orleans;

namespace Mesh.Grains.Denials.Clinic;

/// <summary>Gathers an appeal's facts: the claim, the denial (835 or EOB), the contract shortfalls and the quoted reports.</summary>
public sealed class AppealFactsGatherer(IGrainFactory grains, string tenant)
{
    /// <summary>The facts for <paramref name="denialId"/>; null when the clinic has no such denial (or, with an EOB, no such claim).</summary>
    public async Task<(AppealFacts Facts, string ClaimId, decimal PaidSoFar)?> GatherAsync(string denialId, AppealOrder order)
    {
        var claims = new ClinicClaims(grains, tenant);
        if (order.ExplanationOfBenefits is { } eob)
        {
            if (await claims.GetAsync(denialId) is not { } claimView)
            {
                return null;
            }

            if (eob.Paid >= eob.Billed && !claimView.ContractChecks.Any(check => check.Underpaid))
            {
                throw new AppealNotAllowedException($"The explanation of benefits shows claim {denialId} paid in full ({eob.Paid} of {eob.Billed}); there is nothing to appeal.");
            }

            var eobFacts = new AppealFacts(claimView.Claim, eob with { Source = DenialSource.ExplanationOfBenefits }, Shortfalls(claimView, null), await QuotesAsync(claimView.Claim, order.Reports));
            return (eobFacts, claimView.Claim.ClaimId, claimView.Balance.Paid);
        }

        foreach (var claimId in CandidateClaimIds(denialId))
        {
            if (await claims.GetAsync(claimId) is not { } view
                || ClaimDenials.Find(view.Claim, view.Remittances).FirstOrDefault(denial => denial.Id == denialId) is not { } found)
            {
                continue;
            }

            if (view.Status == ClaimStatus.Paid && !view.ContractChecks.Any(check => check.Underpaid))
            {
                throw new AppealNotAllowedException($"Claim {view.Claim.ClaimId} is paid in full under its contract; there is nothing to appeal.");
            }

            var remittance = view.Remittances.Single(item => item.Sequence == found.RemittanceSequence);
            var facts = new AppealFacts(
                view.Claim, DenialNotice.FromRemittance(remittance.Payment), Shortfalls(view, found.RemittanceSequence), await QuotesAsync(view.Claim, order.Reports));
            return (facts, view.Claim.ClaimId, view.Balance.Paid);
        }

        return null;
    }

    // A denial id is "{claim}.{remittance}.{line or C}.{group-reason}[.n]" and a claim id may itself hold dots.
    private static IEnumerable<string> CandidateClaimIds(string denialId)
    {
        var parts = denialId.Split('.');
        for (var tail = 3; tail <= 4 && tail < parts.Length; tail++)
        {
            yield return string.Join('.', parts[..^tail]);
        }
    }

    private static List<ContractTerm> Shortfalls(ClaimView view, int? sequence) =>
        view.ContractChecks
            .Where(check => check.Underpaid && check.Expected is not null && (sequence is null || check.RemittanceSequence == sequence))
            .Select(check => new ContractTerm(check.ProcedureCode, check.Modifier, check.Expected!.Value, check.Paid + check.PatientResponsibility, null, null))
            .ToList();

    private async Task<List<ClinicalQuote>> QuotesAsync(ClaimRecord claim, IReadOnlyList<ReportReference> references)
    {
        var quotes = new List<ClinicalQuote>();
        foreach (var reference in references)
        {
            var report = await grains.GetGrain<IReportGrain>(TenantKeys.For(tenant, reference.ReportId)).GetAsync(reference.Version)
                ?? throw new AppealNotAllowedException($"Report {reference.ReportId}{(reference.Version is { } v ? $" version {v}" : string.Empty)} is not in your clinic's record.");
            if (claim.PatientId is null || report.PatientId != claim.PatientId)
            {
                throw new AppealNotAllowedException($"Report {reference.ReportId} is not about the patient of claim {claim.ClaimId}.");
            }

            var signed = DateOnly.FromDateTime(report.FinalizedAt.UtcDateTime);
            var note = report.Content.ClinicalDraft;
            var passages = new[] { note.ChiefComplaint?.Text }.Concat(note.Plan.Select(item => item.Text)).OfType<string>().Where(text => text.Length > 0);
            quotes.AddRange(passages.Select(text => new ClinicalQuote(report.ReportId, report.Version, signed, text)));
        }

        return quotes;
    }
}
