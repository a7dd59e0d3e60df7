using Mesh.Grains.Claims;

namespace Mesh.Grains.Denials.Risk;

/// <summary>
/// A diagnosis the cluster's ICD-10-CM code set marks as not billable (a category that has more specific codes); the
/// caller asks the code set and passes the answer in <see cref="RiskContext.NotBillableDiagnoses"/>.
/// </summary>
public sealed class BillableDiagnosisRule : IRiskRule
{
    /// <inheritdoc />
    public string Name => "diagnosis_not_billable";

    /// <inheritdoc />
    public double Weight => 0.8;

    /// <inheritdoc />
    public IEnumerable<RiskFinding> Check(ClaimRecord claim, RiskContext context)
    {
        foreach (var diagnosis in claim.Diagnoses.Where(d => context.NotBillableDiagnoses?.Contains(d.Code) == true))
        {
            yield return new RiskFinding(
                Name,
                $"Diagnosis {diagnosis.Code} is a category, not a billable code.",
                $"Code {diagnosis.Code} to its full specificity (a billable code under {diagnosis.Code}) from the documentation.",
                null);
        }
    }
}
