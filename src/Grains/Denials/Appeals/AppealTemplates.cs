using Mesh.Grains.Claims;
using static Mesh.Grains.Denials.Appeals.LetterFormat;

namespace Mesh.Grains.Denials.Appeals;

/// <summary>The offline letters: one argument per kind of denial, around the same facts, in the same words every time.</summary>
public sealed class AppealTemplates : IAppealWriter
{
    /// <inheritdoc />
    public Task<AppealLetter> WriteAsync(AppealKind kind, AppealFacts facts, CancellationToken cancellationToken) => Task.FromResult(Write(kind, facts));

    /// <summary>The letter, synchronously.</summary>
    public static AppealLetter Write(AppealKind kind, AppealFacts facts)
    {
        var claim = facts.Claim;
        var paragraphs = new List<string> { Opening(claim, facts.Denial), Decision(claim, facts.Denial) };
        paragraphs.AddRange(Argument(kind, facts));
        paragraphs.AddRange(facts.Evidence.Select(quote =>
            $"The patient's signed report {quote.ReportId}, version {quote.Version}, signed on {Date(quote.SignedOn)}, states: “{quote.Text.Trim()}”"));
        paragraphs.Add($"We ask {claim.Payer.Name} to reconsider claim {claim.ClaimId} and pay it as billed under the patient's coverage. " +
            "Please contact our billing office with any question about this appeal.");
        paragraphs.Add($"Sincerely, {claim.BillingProvider.Name}, NPI {claim.BillingProvider.Npi}");
        var subject = $"Appeal of claim {claim.ClaimId}{(facts.Denial.PayerClaimId is { } payerClaim ? $" (payer claim {payerClaim})" : string.Empty)}: {Title(kind)}";
        return new AppealLetter(subject, paragraphs, $"template:{kind}");
    }

    private static string Opening(ClaimRecord claim, DenialNotice denial)
    {
        var service = claim.ServiceFrom is { } from ? $" for services on {Date(from)}" : string.Empty;
        var member = claim.Subscriber.MemberId is { } id ? $", member ID {id}" : string.Empty;
        return $"We appeal {claim.Payer.Name}'s decision on claim {claim.ClaimId} for {claim.Patient.GivenName} {claim.Patient.FamilyName}{member}{service}, " +
            $"billed at {Money(claim.TotalCharge)}. The claim was {(denial.Source == DenialSource.Remittance ? "adjudicated in the electronic remittance" : "explained in the explanation of benefits")} " +
            $"{(denial.DecidedOn is { } decided ? $"dated {Date(decided)}" : "we received")}.";
    }

    private static string Decision(ClaimRecord claim, DenialNotice denial)
    {
        var reasons = denial.AllAdjustments.Where(adjustment => adjustment.Group != "PR" && adjustment.Amount != 0)
            .Select(adjustment => $"{adjustment.Group}-{adjustment.Reason} ({Money(adjustment.Amount)}{(adjustment.Description is { } meaning ? $", “{meaning}”" : string.Empty)})")
            .Distinct().ToList();
        var remarks = denial.AllRemarks.Select(remark => remark.Description is { } meaning ? $"{remark.Code} (“{meaning}”)" : remark.Code).Distinct().ToList();
        var lines = string.Join("; ", denial.Lines.Select(line => $"{line.ProcedureCode} billed {Money(line.Billed)}, paid {Money(line.Paid)}"));
        return $"Of {Money(denial.Billed)} billed, {claim.Payer.Name} paid {Money(denial.Paid)}" +
            (reasons.Count > 0 ? $", citing {string.Join(", ", reasons)}" : string.Empty) + "." +
            (remarks.Count > 0 ? $" Remarks: {string.Join(", ", remarks)}." : string.Empty) +
            (lines.Length > 0 ? $" By line: {lines}." : string.Empty);
    }

    private static IEnumerable<string> Argument(AppealKind kind, AppealFacts facts)
    {
        var claim = facts.Claim;
        var services = string.Join(", ", claim.Lines.Select(line => line.Modifiers.Count == 0 ? line.ProcedureCode : $"{line.ProcedureCode}-{string.Join('-', line.Modifiers)}"));
        var diagnoses = string.Join(", ", claim.Diagnoses.Select(diagnosis => Diagnosis(diagnosis.Code)));
        switch (kind)
        {
            case AppealKind.Authorization:
                yield return claim.PriorAuthorization is { } number
                    ? $"Prior authorization {number} was issued for this care and is on the claim. We ask that it be matched to the services billed ({services})."
                    : $"The services billed ({services}) were needed for the documented diagnoses ({diagnoses}), as the clinical record below shows. " +
                      "We ask for a retrospective review of the authorization.";
                break;
            case AppealKind.MedicalNecessity:
                yield return $"The services billed ({services}) were medically necessary for the documented diagnoses ({diagnoses}). " +
                    "The clinical record below documents the findings that called for them.";
                break;
            case AppealKind.Coding:
                yield return $"The codes billed ({services}) with the diagnoses {diagnoses} match the care documented on the date of service. " +
                    "Each line points at the diagnosis it treats; we ask that the claim be reprocessed as coded.";
                break;
            case AppealKind.TimelyFiling:
                yield return $"The claim file was created on {Date(claim.Submission.CreatedOn)}" +
                    (claim.ServiceFrom is { } from ? $" for services on {Date(from)}" : string.Empty) +
                    $". Our submission record (interchange {claim.Submission.InterchangeControlNumber}) is enclosed as proof of timely filing.";
                break;
            case AppealKind.Underpayment:
                foreach (var term in facts.Contract.Where(term => term.Shortfall > 0))
                {
                    var period = term.EffectiveFrom is { } effective ? $", effective {Date(effective)}" : string.Empty;
                    yield return $"{term.ProcedureCode}{(term.Modifier is { } modifier ? $"-{modifier}" : string.Empty)}: our contract allows {Money(term.Allowed)}{period}; " +
                        $"{Money(term.Paid)} was paid, {Money(term.Shortfall)} short of the contracted rate.";
                }

                yield return $"We ask for the remaining {Money(facts.Contract.Where(term => term.Shortfall > 0).Sum(term => term.Shortfall))} under the contract.";
                break;
            case AppealKind.Duplicate:
                yield return $"Claim {claim.ClaimId} is not a duplicate: it bills {services}" +
                    (claim.ServiceFrom is { } day ? $" on {Date(day)}" : string.Empty) +
                    ", a distinct service documented separately in the clinical record.";
                break;
        }
    }

    private static string Title(AppealKind kind) => kind switch
    {
        AppealKind.Authorization => "authorization",
        AppealKind.MedicalNecessity => "medical necessity",
        AppealKind.Coding => "coding",
        AppealKind.TimelyFiling => "timely filing",
        AppealKind.Underpayment => "underpayment",
        _ => "duplicate denial",
    };
}
