namespace Mesh.Grains.Claims;

/// <summary>
/// A claim's status and money, computed from its remittances each time rather than kept as running totals, so a
/// reversal undoes exactly what the payment it reverses did and no sign convention of the 835 can leave a drift.
/// </summary>
public static class ClaimLedger
{
    /// <summary>Remittances that still count: neither reversed later nor themselves reversals.</summary>
    public static IEnumerable<ClaimRemittance> Effective(IEnumerable<ClaimRemittance> remittances) =>
        remittances.Where(r => r.ReversedBy is null && r.Payment.Status != RemittanceStatus.Reversed);

    public static ClaimBalance Balance(ClaimRecord claim, IReadOnlyList<ClaimRemittance> remittances)
    {
        decimal paid = 0, patient = 0, writtenOff = 0;
        foreach (var payment in Effective(remittances).Select(r => r.Payment))
        {
            paid += payment.Paid;
            patient += payment.PatientResponsibility;
            writtenOff += payment.Adjustments.Concat(payment.Lines.SelectMany(l => l.Adjustments))
                .Where(a => !IsPatientResponsibility(a)).Sum(a => a.Amount);
        }

        return new ClaimBalance(claim.TotalCharge, paid, patient, writtenOff, claim.TotalCharge - paid - writtenOff);
    }

    public static ClaimStatus Status(bool voided, IReadOnlyList<ClaimRemittance> remittances)
    {
        if (voided)
        {
            return ClaimStatus.Voided;
        }

        var last = remittances.LastOrDefault(r => r.ReversedBy is null);
        return last?.Payment.Status switch
        {
            null => remittances.Count > 0 ? ClaimStatus.Reversed : ClaimStatus.Submitted,
            RemittanceStatus.Paid => ClaimStatus.Paid,
            RemittanceStatus.Partial => ClaimStatus.Partial,
            RemittanceStatus.Denied => ClaimStatus.Denied,
            _ => ClaimStatus.Reversed,
        };
    }

    /// <summary>
    /// The payment a reversal undoes: the latest that still counts with the same payer claim number, or the latest
    /// that still counts when the payer sent none.
    /// </summary>
    public static ClaimRemittance? Reversed(IReadOnlyList<ClaimRemittance> remittances, RemittancePayment reversal)
    {
        var candidates = Effective(remittances).ToList();
        return candidates.LastOrDefault(r => reversal.PayerClaimId is not null && r.Payment.PayerClaimId == reversal.PayerClaimId)
            ?? candidates.LastOrDefault();
    }

    public static bool IsPatientResponsibility(RemittanceAdjustment adjustment) => adjustment.Group == "PR";
}
