using Mesh.Grains.Denials.Appeals;

namespace Mesh.Grains.Denials.Export;

/// <summary>What every exported letter shows, in order, whatever the file format.</summary>
/// <param name="Sender">The billing provider's lines.</param>
/// <param name="Date">The letter's date line.</param>
/// <param name="Recipient">The payer's lines.</param>
/// <param name="Reference">The "Re:" lines: claim, patient, member, payer claim, dates.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Paragraphs">The body.</param>
/// <param name="SignOff">Who approved it and when, or that it is a draft.</param>
/// <param name="Footer">The appeal id and version.</param>
public sealed record AppealLayout(
    IReadOnlyList<string> Sender, string Date, IReadOnlyList<string> Recipient, IReadOnlyList<string> Reference,
    string Subject, IReadOnlyList<string> Paragraphs, string SignOff, string Footer)
{
    /// <summary>The layout of <paramref name="appeal"/>.</summary>
    public static AppealLayout Of(AppealVersion appeal)
    {
        var claim = appeal.Facts.Claim;
        var denial = appeal.Facts.Denial;
        var provider = claim.BillingProvider;
        var sender = new List<string> { provider.Name, $"NPI {provider.Npi}" };
        if (provider.TaxId is { } taxId)
        {
            sender.Add($"Tax ID {taxId}");
        }

        var reference = new List<string>
        {
            $"Claim: {claim.ClaimId}",
            $"Patient: {claim.Patient.GivenName} {claim.Patient.FamilyName}" + (claim.Patient.BirthDate is { } birth ? $", born {LetterFormat.Date(birth)}" : string.Empty),
        };
        if (claim.Subscriber.MemberId is { } member)
        {
            reference.Add($"Member ID: {member}");
        }

        if (denial.PayerClaimId is { } payerClaim)
        {
            reference.Add($"Payer claim number: {payerClaim}");
        }

        if (claim.ServiceFrom is { } from)
        {
            reference.Add($"Date of service: {LetterFormat.Date(from)}" + (claim.ServiceTo is { } to && to != from ? $" to {LetterFormat.Date(to)}" : string.Empty));
        }

        reference.Add($"Billed {LetterFormat.Money(denial.Billed)}, paid {LetterFormat.Money(denial.Paid)}");
        var day = DateOnly.FromDateTime((appeal.ApprovedAt ?? appeal.CreatedAt).UtcDateTime);
        var signOff = appeal.Status == AppealStatus.Approved
            ? $"Approved by {appeal.ApprovedBy} on {LetterFormat.Date(DateOnly.FromDateTime(appeal.ApprovedAt!.Value.UtcDateTime))}"
            : "DRAFT: not approved for sending";
        return new AppealLayout(
            sender, LetterFormat.Date(day), [claim.Payer.Name, $"Payer ID {claim.Payer.Id}"], reference, appeal.Letter.Subject, appeal.Letter.Paragraphs,
            signOff, $"Appeal {appeal.AppealId}, version {appeal.Version}");
    }
}
