using Mesh.Grains.Claims;
using Mesh.Grains.Denials.Risk;

namespace Mesh.Grains.Denials.Appeals;

/// <summary>The amounts, dates, codes and passages the facts of an appeal hold: what a letter may state.</summary>
public sealed class AppealFactSheet
{
    private AppealFactSheet(HashSet<decimal> amounts, HashSet<DateOnly> dates, HashSet<string> tokens, HashSet<string> reasons, List<string> passages)
    {
        Amounts = amounts;
        Dates = dates;
        Tokens = tokens;
        Reasons = reasons;
        Passages = passages;
    }

    /// <summary>Every amount: charges, payments, adjustments, contracted rates and what is still owed.</summary>
    public IReadOnlySet<decimal> Amounts { get; }

    /// <summary>Every date: service, submission, decision, birth, rate periods, report signatures.</summary>
    public IReadOnlySet<DateOnly> Dates { get; }

    /// <summary>Every code and identifier that contains a digit, upper case, with and without ICD-10 dots; the years of the dates.</summary>
    public IReadOnlySet<string> Tokens { get; }

    /// <summary>The adjustment reason codes (CARC) of the denial.</summary>
    public IReadOnlySet<string> Reasons { get; }

    /// <summary>The signed passages and the reason and remark codes' meanings, normalized for comparison.</summary>
    public IReadOnlyList<string> Passages { get; }

    /// <summary>The sheet of <paramref name="facts"/>.</summary>
    public static AppealFactSheet Of(AppealFacts facts)
    {
        var claim = facts.Claim;
        var denial = facts.Denial;
        var amounts = new HashSet<decimal> { claim.TotalCharge, denial.Billed, denial.Paid, denial.Billed - denial.Paid };
        amounts.UnionWith(claim.Lines.Select(line => line.Charge));
        amounts.UnionWith(denial.Lines.SelectMany(line => new[] { line.Billed, line.Paid, line.Billed - line.Paid }));
        amounts.UnionWith(denial.AllAdjustments.Select(adjustment => adjustment.Amount));
        amounts.UnionWith(facts.Contract.SelectMany(term => new[] { term.Allowed, term.Paid, term.Shortfall }));
        amounts.Add(facts.Contract.Sum(term => term.Shortfall));

        var dates = new HashSet<DateOnly> { claim.Submission.CreatedOn };
        dates.UnionWith(new[] { claim.ServiceFrom, claim.ServiceTo, denial.DecidedOn, claim.Patient.BirthDate, claim.Subscriber.BirthDate }.OfType<DateOnly>());
        dates.UnionWith(claim.Lines.Select(line => ClaimDates.Of(claim, line)).OfType<DateOnly>());
        dates.UnionWith(denial.Lines.Select(line => line.ServiceDate).OfType<DateOnly>());
        dates.UnionWith(facts.Contract.SelectMany(term => new[] { term.EffectiveFrom, term.EffectiveTo }).OfType<DateOnly>());
        dates.UnionWith(facts.Evidence.Select(quote => quote.SignedOn));

        var tokens = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                tokens.Add(value.Trim());
            }
        }

        foreach (var value in new[] { claim.ClaimId, claim.PatientId, claim.PriorAuthorization, denial.PayerClaimId, claim.Payer.Id, claim.BillingProvider.Npi,
                     claim.BillingProvider.TaxId, claim.RenderingProvider?.Npi, claim.Submission.InterchangeControlNumber, claim.Subscriber.MemberId, claim.Patient.MemberId, claim.PlaceOfService })
        {
            Add(value);
        }

        foreach (var line in claim.Lines)
        {
            Add(line.ProcedureCode);
            Add(line.RevenueCode);
            Add(line.LineControlNumber);
            line.Modifiers.ToList().ForEach(Add);
        }

        foreach (var diagnosis in claim.Diagnoses)
        {
            Add(diagnosis.Code);
            Add(LetterFormat.Diagnosis(diagnosis.Code));
        }

        foreach (var line in denial.Lines)
        {
            Add(line.ProcedureCode);
            line.Modifiers.ToList().ForEach(Add);
        }

        var reasons = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var adjustment in denial.AllAdjustments)
        {
            reasons.Add(adjustment.Reason);
            Add(adjustment.Reason);
            Add($"{adjustment.Group}-{adjustment.Reason}");
        }

        foreach (var remark in denial.AllRemarks)
        {
            Add(remark.Code);
        }

        foreach (var term in facts.Contract)
        {
            Add(term.ProcedureCode);
            Add(term.Modifier);
        }

        foreach (var quote in facts.Evidence)
        {
            Add(quote.ReportId);
        }

        foreach (var name in new[] { claim.Payer.Name, claim.BillingProvider.Name, claim.RenderingProvider?.Name, claim.Patient.FamilyName, claim.Patient.GivenName })
        {
            (name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList().ForEach(Add);
        }

        foreach (var date in dates)
        {
            Add(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // The code sets' meanings of the reason and remark codes may be quoted as well as the signed reports.
        var passages = facts.Evidence.Select(quote => quote.Text)
            .Concat(denial.AllAdjustments.Select(adjustment => adjustment.Description))
            .Concat(denial.AllRemarks.Select(remark => remark.Description))
            .OfType<string>().Select(Normalize).ToList();
        return new AppealFactSheet(amounts, dates, tokens, reasons, passages);
    }

    /// <summary>Whether a quotation appears, word for word, in a signed passage.</summary>
    public bool HoldsQuotation(string quotation) => Passages.Any(passage => passage.Contains(Normalize(quotation), StringComparison.Ordinal));

    private static string Normalize(string text) =>
        string.Join(' ', text.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.', ',', ';', ' ');
}
