using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>One payer's denial rate over a period.</summary>
/// <param name="PayerId">The payer.</param>
/// <param name="PayerName">Its name.</param>
/// <param name="Adjudicated">Claims the payer answered (paid, partial or denied).</param>
/// <param name="Denied">Claims it denied outright.</param>
/// <param name="Rate">Denied over adjudicated.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.PayerDenialRate"), Immutable]
public sealed record PayerDenialRate(string PayerId, string PayerName, int Adjudicated, int Denied, double Rate);

/// <summary>A denial reason and the dollars it took.</summary>
/// <param name="Group">CAS group.</param>
/// <param name="Reason">The CARC.</param>
/// <param name="Description">Its meaning, when known.</param>
/// <param name="Count">Denials with this reason.</param>
/// <param name="Amount">Their dollars.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.DenialReasonTotal"), Immutable]
public sealed record DenialReasonTotal(string Group, string Reason, string? Description, int Count, decimal Amount);

/// <summary>How the clinic's appeals ended.</summary>
/// <param name="Drafts">Still drafts.</param>
/// <param name="Sent">Approved, with no later remittance yet.</param>
/// <param name="Won">Approved, and a later remittance paid more.</param>
/// <param name="Lost">Approved, and a later remittance paid nothing more.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.AppealOutcomes"), Immutable]
public sealed record AppealOutcomes(int Drafts, int Sent, int Won, int Lost);

/// <summary>The revenue figures of a period (claims by date of service).</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Claims">Claims in the period.</param>
/// <param name="Billed">Their charges.</param>
/// <param name="Paid">What payers paid on them.</param>
/// <param name="DenialRateByPayer">Denial rate by payer, highest first.</param>
/// <param name="TopDenialReasons">Denial reasons by dollars, largest first (at most ten).</param>
/// <param name="DaysInAccountsReceivable">Open balance over the average daily charge of the period.</param>
/// <param name="UnderpaymentsRecovered">What appealed underpayments brought in after their appeal.</param>
/// <param name="Appeals">How the appeals drafted in the period ended.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.RevenueStats")]
public sealed record RevenueStats(
    DateOnly From,
    DateOnly To,
    int Claims,
    decimal Billed,
    decimal Paid,
    IReadOnlyList<PayerDenialRate> DenialRateByPayer,
    IReadOnlyList<DenialReasonTotal> TopDenialReasons,
    double DaysInAccountsReceivable,
    decimal UnderpaymentsRecovered,
    AppealOutcomes Appeals);
