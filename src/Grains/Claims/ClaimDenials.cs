using System.Globalization;

namespace Mesh.Grains.Claims;

/// <summary>
/// Finds a claim's denials and reducing adjustments in the remittances that still count. Patient responsibility (PR)
/// and the contractual fee-schedule write-off (CO-45) are what a contract expects, not denials.
/// </summary>
public static class ClaimDenials
{
    private const string FeeScheduleReason = "45";

    public static IReadOnlyList<ClaimDenial> Find(ClaimRecord claim, IReadOnlyList<ClaimRemittance> remittances)
    {
        var denials = new List<ClaimDenial>();
        foreach (var remittance in ClaimLedger.Effective(remittances))
        {
            var payment = remittance.Payment;
            var before = denials.Count;
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var adjustment in payment.Adjustments.Where(IsReducing))
            {
                denials.Add(Denial(claim, remittance, null, null, adjustment, payment.Remarks, payment.Status == RemittanceStatus.Denied, seen));
            }

            for (var i = 0; i < payment.Lines.Count; i++)
            {
                var line = payment.Lines[i];
                foreach (var adjustment in line.Adjustments.Where(IsReducing))
                {
                    denials.Add(Denial(claim, remittance, i + 1, line.ProcedureCode, adjustment, line.Remarks, line.Paid == 0, seen));
                }
            }

            if (payment.Status == RemittanceStatus.Denied && denials.Count == before)
            {
                var unexplained = new RemittanceAdjustment(string.Empty, string.Empty, payment.Billed - payment.PatientResponsibility, null, "Denied without a reason code");
                denials.Add(Denial(claim, remittance, null, null, unexplained, payment.Remarks, true, seen));
            }
        }

        return denials;
    }

    private static bool IsReducing(RemittanceAdjustment adjustment) =>
        adjustment.Amount > 0 && !ClaimLedger.IsPatientResponsibility(adjustment)
        && !(adjustment.Group == "CO" && adjustment.Reason == FeeScheduleReason);

    private static ClaimDenial Denial(
        ClaimRecord claim, ClaimRemittance remittance, int? line, string? procedureCode, RemittanceAdjustment adjustment,
        IReadOnlyList<RemittanceRemark> remarks, bool denied, Dictionary<string, int> seen)
    {
        var id = string.Create(CultureInfo.InvariantCulture,
            $"{claim.ClaimId}.{remittance.Sequence}.{(line is { } n ? n.ToString(CultureInfo.InvariantCulture) : "C")}.{adjustment.Group}-{adjustment.Reason}");
        // The same group and reason twice on one line is legal X12; the second gets its own id.
        var repeat = seen.TryGetValue(id, out var count) ? count : 0;
        seen[id] = repeat + 1;
        var payment = remittance.Payment;
        return new ClaimDenial(
            repeat == 0 ? id : $"{id}.{repeat + 1}",
            claim.ClaimId,
            claim.PatientId,
            claim.Payer.Id,
            remittance.Sequence,
            line,
            procedureCode,
            adjustment.Group,
            adjustment.Reason,
            adjustment.Description,
            remarks,
            adjustment.Amount,
            denied,
            payment.Source.PaymentDate,
            payment.Source.TraceNumber);
    }
}
