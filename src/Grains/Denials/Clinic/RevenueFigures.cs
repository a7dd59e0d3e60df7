using Mesh.Grains.Claims;

namespace Mesh.Grains.Denials.Clinic;

/// <summary>Computes a period's revenue figures from claim summaries, denials and appeals.</summary>
public static class RevenueFigures
{
    private const int TopReasons = 10;

    /// <summary>Denial rate by payer over the claims the payers answered, highest first.</summary>
    public static List<PayerDenialRate> DenialRates(IEnumerable<ClaimSummary> claims) =>
        claims.Where(claim => claim.Status is ClaimStatus.Paid or ClaimStatus.Partial or ClaimStatus.Denied)
            .GroupBy(claim => (claim.PayerId, claim.PayerName))
            .Select(payer =>
            {
                var adjudicated = payer.Count();
                var denied = payer.Count(claim => claim.Status == ClaimStatus.Denied);
                return new PayerDenialRate(payer.Key.PayerId, payer.Key.PayerName, adjudicated, denied, Math.Round((double)denied / adjudicated, 4));
            })
            .OrderByDescending(rate => rate.Rate).ThenBy(rate => rate.PayerId, StringComparer.Ordinal)
            .ToList();

    /// <summary>Denial reasons by dollars, largest first.</summary>
    public static List<DenialReasonTotal> TopReasonsByDollars(IEnumerable<ClaimDenial> denials) =>
        denials.GroupBy(denial => (denial.Group, denial.Reason))
            .Select(reason => new DenialReasonTotal(
                reason.Key.Group, reason.Key.Reason, reason.Select(denial => denial.Description).FirstOrDefault(text => text is not null), reason.Count(), reason.Sum(denial => denial.Amount)))
            .OrderByDescending(reason => reason.Amount)
            .Take(TopReasons)
            .ToList();

    /// <summary>Open balance over the average daily charge of the period: how many days of billing sit unpaid.</summary>
    public static double DaysInAccountsReceivable(IReadOnlyCollection<ClaimSummary> claims, DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        var billed = claims.Sum(claim => claim.Balance.Billed);
        if (billed <= 0 || days <= 0)
        {
            return 0;
        }

        var open = claims.Where(claim => claim.Status != ClaimStatus.Voided).Sum(claim => Math.Max(0, claim.Balance.BalanceDue));
        return Math.Round((double)(open / (billed / days)), 1);
    }
}
