using Mesh.Grains.Claims;

namespace Mesh.Grains.Denials.Risk;

/// <summary>A line the payer authorizes in advance, on a claim without a prior authorization number (REF*G1).</summary>
public sealed class PriorAuthorizationRule(DenialRulesOptions options) : IRiskRule
{
    /// <inheritdoc />
    public string Name => "prior_authorization_missing";

    /// <inheritdoc />
    public double Weight => 0.85;

    /// <inheritdoc />
    public IEnumerable<RiskFinding> Check(ClaimRecord claim, RiskContext context)
    {
        if (!string.IsNullOrWhiteSpace(claim.PriorAuthorization))
        {
            yield break;
        }

        foreach (var line in claim.Lines.Where(line => options.NeedsPriorAuthorization(claim.Payer.Id, line.ProcedureCode)))
        {
            yield return new RiskFinding(
                Name,
                $"{claim.Payer.Name} requires prior authorization for {line.ProcedureCode} and the claim carries none.",
                $"Obtain the authorization from {claim.Payer.Name} and send its number in REF*G1 before submitting.",
                line.Number);
        }
    }
}
