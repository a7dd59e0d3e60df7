using Mesh.Grains.Claims.CodeSets;

namespace Mesh.Grains.Claims.X12;

/// <summary>
/// Walks one 835 transaction set: the header (BPR, TRN, N1*PR with REF*2U, N1*PE), the claim payments (CLP with
/// CAS, NM1, MIA/MOA, DTM) and their lines (SVC with DTM, CAS, REF*6R, LQ*HE, AMT), and the provider adjustments (PLB).
/// </summary>
internal sealed class RemittanceTransactionReader
{
    private static readonly HashSet<string> AdjustmentGroups = ["CO", "PR", "OA", "PI", "CR"];
    private static readonly HashSet<string> RemittanceStatusCodes = ["1", "2", "3", "4", "19", "20", "21", "22", "23", "25"];
    private readonly IReasonCodeLookup? _codes;
    private readonly List<RemittanceDraft> _payments = [];
    private RemittanceDraft? _payment;
    private RemittanceLineDraft? _line;
    private string _entity = "";

    private RemittanceTransactionReader(IReasonCodeLookup? codes) => _codes = codes;

    public X12IssueList SetIssues { get; } = [];
    public IReadOnlyList<RemittanceDraft> Payments => _payments;
    public X12Segment? Bpr { get; private set; }
    public decimal? Total { get; private set; }
    public DateOnly? PaymentDate { get; private set; }
    public string TraceNumber { get; private set; } = "";
    public string PayerName { get; private set; } = "";
    public string? PayerId { get; private set; }
    public decimal ProviderAdjustments { get; private set; }

    public static RemittanceTransactionReader Read(X12TransactionSet set, IReasonCodeLookup? codes)
    {
        var reader = new RemittanceTransactionReader(codes);
        if (set.Body.Count == 0 || set.Body[0].Id != "BPR")
        {
            reader.SetIssues.MissingSegment(set.Header, "BPR", "header");
        }

        foreach (var segment in set.Body)
        {
            reader.Read(segment);
        }

        if (reader.TraceNumber.Length == 0)
        {
            reader.SetIssues.MissingSegment(set.Header, "TRN", "header");
        }

        reader.Finish();
        return reader;
    }

    private void Read(X12Segment segment)
    {
        switch (segment.Id)
        {
            case "BPR" when Bpr is null:
                Bpr = segment;
                Total = SetIssues.Amount(segment, 2, "total actual provider payment amount", signed: true);
                PaymentDate = segment.Has(16) && X12Values.TryDate(segment[16], out var date) ? date : null;
                if (segment.Has(16) && PaymentDate is null)
                {
                    SetIssues.Add(segment, 16, null, X12IssueCodes.InvalidDate, "BPR16 (payment date) is not a date (CCYYMMDD).");
                }

                break;
            case "TRN" when _payment is null:
                TraceNumber = SetIssues.Required(segment, 2, "check or EFT trace number");
                break;
            case "N1":
                _entity = segment[1];
                PayerName = _entity == "PR" ? SetIssues.Required(segment, 2, "payer name") : PayerName;
                break;
            case "REF":
                ReadReference(segment);
                break;
            case "CLP":
                Finish();
                StartPayment(segment);
                break;
            case "CAS" when _payment is not null:
                ReadAdjustment(segment, _line?.Adjustments ?? _payment.Adjustments);
                break;
            case "MIA" when _payment is not null && _line is null:
                ReadRemarks(segment, [5, 20, 21, 22, 23]);
                break;
            case "MOA" when _payment is not null && _line is null:
                ReadRemarks(segment, [3, 4, 5, 6, 7]);
                break;
            case "SVC" when _payment is not null:
                StartLine(segment);
                break;
            case "DTM" when _line is not null && segment[1] is "472" or "150":
                _line.ServiceDate = X12Values.TryDate(segment[2], out var served) ? served : null;
                if (_line.ServiceDate is null)
                {
                    _payment!.Issues.Add(segment, 2, null, X12IssueCodes.InvalidDate, "DTM02 (service date) is not a date (CCYYMMDD).");
                }

                break;
            case "LQ" when _line is not null && segment[1] == "HE":
                var code = _payment!.Issues.Required(segment, 2, "remark code");
                _line.Remarks.Add(new RemittanceRemark(code, _codes?.DescribeRemark(code)));
                break;
            case "PLB":
                Finish();
                ReadProviderAdjustments(segment);
                break;
        }
    }

    private void ReadReference(X12Segment reference)
    {
        if (_line is not null && reference[1] == "6R")
        {
            _line.LineControlNumber = reference[2];
        }
        else if (_payment is null && _entity == "PR" && reference[1] == "2U")
        {
            PayerId = reference[2];
        }
    }

    private void StartPayment(X12Segment clp)
    {
        _payment = new RemittanceDraft(clp);
        var issues = _payment.Issues;
        issues.Required(clp, 1, "patient control number");
        if (issues.Required(clp, 2, "claim status code") is { Length: > 0 } status && !RemittanceStatusCodes.Contains(status))
        {
            issues.Add(clp, 2, null, X12IssueCodes.InvalidCode, $"CLP02 '{X12Text.Shown(status)}' is not a claim status code.");
        }

        _payment.Billed = issues.Amount(clp, 3, "total claim charge", signed: true);
        _payment.Paid = issues.Amount(clp, 4, "claim payment amount", signed: true);
        _payment.PatientResponsibility = issues.OptionalAmount(clp, 5, "patient responsibility") ?? 0;
    }

    private void StartLine(X12Segment svc)
    {
        var issues = _payment!.Issues;
        _line = new RemittanceLineDraft(svc);
        _payment.Lines.Add(_line);
        issues.Required(svc, 1, 1, "product or service id qualifier");
        _line.ProcedureCode = issues.Required(svc, 1, 2, "procedure code");
        for (var component = 3; component <= 6; component++)
        {
            if (svc.Component(1, component) is { Length: > 0 } modifier)
            {
                _line.Modifiers.Add(modifier);
            }
        }

        _line.Billed = issues.Amount(svc, 2, "line charge", signed: true);
        _line.Paid = issues.Amount(svc, 3, "line payment", signed: true);
        _line.Units = issues.OptionalAmount(svc, 5, "units paid");
    }

    private void ReadAdjustment(X12Segment cas, List<RemittanceAdjustment> into)
    {
        var issues = _payment!.Issues;
        var group = issues.Required(cas, 1, "claim adjustment group code");
        if (group.Length > 0 && !AdjustmentGroups.Contains(group))
        {
            issues.Add(cas, 1, null, X12IssueCodes.InvalidCode, $"CAS01 '{X12Text.Shown(group)}' is not an adjustment group (CO, PR, OA, PI, CR).");
        }

        // Up to six reason/amount/quantity triplets: CAS02-04, CAS05-07, ..., CAS17-19.
        for (var element = 2; element <= 17; element += 3)
        {
            if (element > 2 && !cas.Has(element))
            {
                continue;
            }

            var reason = issues.Required(cas, element, "adjustment reason code");
            var amount = issues.Amount(cas, element + 1, "adjustment amount", signed: true);
            var quantity = issues.OptionalAmount(cas, element + 2, "adjustment quantity");
            into.Add(new RemittanceAdjustment(group, reason, amount, quantity, reason.Length == 0 ? null : _codes?.DescribeAdjustment(reason)));
        }
    }

    private void ReadRemarks(X12Segment segment, int[] elements)
    {
        foreach (var element in elements)
        {
            if (segment[element] is { Length: > 0 } code)
            {
                _payment!.Remarks.Add(new RemittanceRemark(code, _codes?.DescribeRemark(code)));
            }
        }
    }

    private void ReadProviderAdjustments(X12Segment plb)
    {
        // Up to six reason/amount pairs: PLB03-04, ..., PLB13-14. A positive amount is withheld from the payment.
        for (var element = 3; element <= 13; element += 2)
        {
            if (element > 3 && !plb.Has(element))
            {
                continue;
            }

            SetIssues.Required(plb, element, 1, "adjustment reason code");
            ProviderAdjustments += SetIssues.Amount(plb, element + 1, "provider adjustment amount", signed: true);
        }
    }

    private void Finish()
    {
        if (_payment is not null)
        {
            _payments.Add(_payment);
        }

        _payment = null;
        _line = null;
    }
}
