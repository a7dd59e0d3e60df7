namespace Mesh.Grains.Agents.Tools;

/// <summary>One claim line priced against the payer's contract.</summary>
/// <param name="Number">The claim line number.</param>
/// <param name="ProcedureCode">The procedure code.</param>
/// <param name="Billed">The line charge.</param>
/// <param name="Allowed">The contract's allowed amount for the line's units, or null when the contract has no rate.</param>
/// <param name="PatientResponsibility">What the remittance put on the patient for the line (PR adjustments).</param>
/// <param name="Paid">What the payer paid for the line, or null before a remittance.</param>
public sealed record ContractLine(int Number, string ProcedureCode, decimal Billed, decimal? Allowed, decimal PatientResponsibility, decimal? Paid)
{
    /// <summary>Billed minus allowed: the contractual write-down.</summary>
    public decimal? Netdown => Allowed is { } allowed ? Billed - allowed : null;

    /// <summary>What the payer should pay: allowed minus the patient's share.</summary>
    public decimal? ExpectedPayment => Allowed is { } allowed ? Math.Max(0, allowed - PatientResponsibility) : null;

    /// <summary>Paid minus expected, once both are known (negative is an underpayment).</summary>
    public decimal? Variance => Paid is { } paid && ExpectedPayment is { } expected ? paid - expected : null;
}
