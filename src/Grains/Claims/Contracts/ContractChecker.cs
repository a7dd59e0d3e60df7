namespace Mesh.Grains.Claims.Contracts;

/// <summary>
/// Checks remittance lines against a rate card. A line fully denied (nothing paid, nothing left to the patient) is a
/// denial, listed as one, and not also called underpaid.
/// </summary>
public static class ContractChecker
{
    public static IReadOnlyList<ContractLineCheck> Check(ClaimRecord claim, ClaimRemittance remittance, RateCard? rates)
    {
        var payment = remittance.Payment;
        var checks = new List<ContractLineCheck>(payment.Lines.Count);
        for (var i = 0; i < payment.Lines.Count; i++)
        {
            var line = payment.Lines[i];
            var modifier = line.Modifiers.Count > 0 ? line.Modifiers[0] : null;
            var patient = line.Adjustments.Where(ClaimLedger.IsPatientResponsibility).Sum(a => a.Amount);
            var day = line.ServiceDate ?? claim.ServiceFrom ?? payment.Source.PaymentDate;
            var allowed = rates is null || day is null ? null : Rate(rates, line.ProcedureCode, modifier, day.Value)?.Allowed;
            decimal? expected = allowed is { } perUnit ? Math.Round(perUnit * (line.Units is > 0 ? line.Units.Value : 1), 2) : null;
            var received = line.Paid + patient;
            var denied = line.Paid == 0 && patient == 0;
            var underpaid = expected is { } e && !denied && received < e;
            checks.Add(new ContractLineCheck(
                remittance.Sequence, i + 1, line.ProcedureCode, modifier, line.Billed, line.Paid, patient, allowed, expected,
                line.Billed - expected, underpaid, underpaid ? expected!.Value - received : 0));
        }

        return checks;
    }

    /// <summary>The rate for the code and modifier on the day; a rate without modifier covers lines with none of their own.</summary>
    public static RateCardEntry? Rate(RateCard rates, string code, string? modifier, DateOnly day)
    {
        var current = rates.Rates.Where(r => r.ProcedureCode == code && r.EffectiveFrom <= day && (r.EffectiveTo is null || day <= r.EffectiveTo)).ToList();
        return current.Where(r => modifier is not null && r.Modifier == modifier).OrderByDescending(r => r.EffectiveFrom).FirstOrDefault()
            ?? current.Where(r => r.Modifier is null).OrderByDescending(r => r.EffectiveFrom).FirstOrDefault();
    }
}
