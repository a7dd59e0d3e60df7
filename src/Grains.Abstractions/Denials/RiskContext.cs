using Mesh.Grains.Claims;
using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>What the risk rules need besides the claim itself.</summary>
/// <param name="Coverage">The patient's coverage periods; empty when none were imported (the coverage rule then stays silent).</param>
/// <param name="EarlierClaims">The clinic's earlier claims for the same patient, to find duplicates.</param>
/// <param name="NotBillableDiagnoses">The claim's diagnosis codes the cluster's ICD-10-CM set knows as not billable
/// (categories); null when the set was not asked.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.RiskContext")]
public sealed record RiskContext(
    IReadOnlyList<CoveragePeriod> Coverage,
    IReadOnlyList<ClaimRecord> EarlierClaims,
    IReadOnlyList<string>? NotBillableDiagnoses = null)
{
    /// <summary>No coverage on file and no earlier claims.</summary>
    public static RiskContext Empty { get; } = new([], []);
}
