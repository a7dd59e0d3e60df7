using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Mesh.Grains.Claims;

namespace Mesh.WebFrontend.Fhir.Claims;

/// <summary>
/// What a list of ExplanationOfBenefit adjudications says: billed, paid, the adjustments behind the difference, and the
/// remark codes (RARCs) that explain them.
/// </summary>
internal sealed record FhirAdjudication(decimal? Submitted, decimal? Paid, IReadOnlyList<RemittanceAdjustment> Adjustments, IReadOnlyList<RemittanceRemark> Remarks);

/// <summary>
/// Reads EOB adjudications the way an 835's amounts and CAS segments are read. Categories come from FHIR's
/// adjudication code system, CARIN Blue Button and CMS Blue Button (which Synthea writes); the patient's share becomes
/// PR with its CARC (1 deductible, 2 coinsurance, 3 copay). The billed and paid categories are read first, whatever
/// reason they carry; an adjudication that gives a reason becomes an adjustment with that reason as its CARC (CO unless
/// the code names its group, as in <c>PR-204</c>) only when its category takes from the payment or carries no amount,
/// so an eligible amount given with a reason is never written off. A reason coded in X12's remark code system is a
/// remark (an 835's MOA or LQ), never a CARC.
/// </summary>
internal static partial class FhirAdjudications
{
    private static readonly HashSet<string> Submitted = new(StringComparer.OrdinalIgnoreCase) { "submitted", "line_sbmtd_chrg_amt" };

    private static readonly HashSet<string> Paid = new(StringComparer.OrdinalIgnoreCase) { "benefit", "paidtoprovider", "line_prvdr_pmt_amt" };

    private static readonly Dictionary<string, string> PatientShare = new(StringComparer.OrdinalIgnoreCase)
    {
        ["deductible"] = "1",
        ["line_bene_ptb_ddctbl_amt"] = "1",
        ["coinsurance"] = "2",
        ["line_coinsrnc_amt"] = "2",
        ["copay"] = "3",
    };

    // What the payer kept from the payment besides the patient's share: not covered, discounted, paid by a prior payer, or
    // the reason a line was denied or adjusted (CARIN Blue Button codes).
    private static readonly HashSet<string> Withheld = new(StringComparer.OrdinalIgnoreCase)
    {
        "noncovered", "discount", "priorpayerpaid", "denialreason", "adjustmentreason",
    };

    private static readonly string[] ReasonSystems = ["claim-adjustment-reason", "carc"];

    private const string RemarkSystem = "remittance-advice-remark";

    public static FhirAdjudication Read(IEnumerable<ExplanationOfBenefit.AdjudicationComponent> adjudications)
    {
        decimal? submitted = null, paid = null;
        var adjustments = new List<RemittanceAdjustment>();
        var remarks = new List<RemittanceRemark>();
        foreach (var adjudication in adjudications)
        {
            var category = Category(adjudication.Category);
            var amount = FhirBilling.Money(adjudication.Amount);
            var (reason, reasonRemarks) = SplitRemarks(adjudication.Reason);
            remarks.AddRange(reasonRemarks.Where(r => !remarks.Exists(m => m.Code == r.Code)));
            if (Submitted.Contains(category))
            {
                submitted = (submitted ?? 0) + (amount ?? 0);
            }
            else if (Paid.Contains(category))
            {
                paid = (paid ?? 0) + (amount ?? 0);
            }
            else if (reason is not null && FhirBilling.Code(reason, ReasonSystems) is { } code && FhirBilling.IsCode(code)
                && (amount is null || PatientShare.ContainsKey(category) || Withheld.Contains(category)))
            {
                var (group, carc) = GroupAndReason(code, PatientShare.ContainsKey(category) ? "PR" : "CO");
                var display = reason.Coding.FirstOrDefault(c => c.Code?.Trim() == code)?.Display ?? reason.Text;
                adjustments.Add(new RemittanceAdjustment(group, carc, amount ?? 0m, null, display));
            }
            else if (PatientShare.TryGetValue(category, out var share) && amount > 0)
            {
                adjustments.Add(new RemittanceAdjustment("PR", share, amount.Value, null, null));
            }
        }

        return new FhirAdjudication(submitted, paid, adjustments, remarks);
    }

    /// <summary>A reason's remark codes, and the reason without them (null when nothing but remarks is left).</summary>
    private static (CodeableConcept? Reason, IReadOnlyList<RemittanceRemark> Remarks) SplitRemarks(CodeableConcept? reason)
    {
        if (reason is null)
        {
            return (null, []);
        }

        var remarks = reason.Coding.Where(IsRemark).ToList();
        if (remarks.Count == 0)
        {
            return (reason, []);
        }

        var rest = reason.Coding.Where(c => !IsRemark(c)).ToList();
        return (rest.Count == 0 ? null : new CodeableConcept { Coding = rest, Text = reason.Text },
            [.. remarks.Select(c => (Code: c.Code!.Trim(), c.Display)).Where(c => FhirBilling.IsCode(c.Code)).Select(c => new RemittanceRemark(c.Code.ToUpperInvariant(), c.Display))]);
    }

    private static bool IsRemark(Coding coding) =>
        !string.IsNullOrWhiteSpace(coding.Code) && coding.System?.Contains(RemarkSystem, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The category's code; CMS Blue Button writes it as a URL whose last segment is the variable's name.</summary>
    public static string Category(CodeableConcept? category)
    {
        var code = FhirBilling.Code(category) ?? "";
        var slash = code.LastIndexOf('/');
        return slash >= 0 ? code[(slash + 1)..] : code;
    }

    private static (string Group, string Reason) GroupAndReason(string code, string defaultGroup)
    {
        var match = GroupPrefix().Match(code);
        return match.Success ? (match.Groups[1].Value.ToUpperInvariant(), match.Groups[2].Value.ToUpperInvariant()) : (defaultGroup, code.ToUpperInvariant());
    }

    [GeneratedRegex(@"^(CO|PR|OA|PI|CR)[-_ ]?([A-Za-z0-9]{1,5})\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GroupPrefix();
}
