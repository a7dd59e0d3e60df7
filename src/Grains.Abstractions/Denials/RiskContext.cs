using Mesh.Grains.Claims;
using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>What the risk rules need besides the claim itself.</summary>
/// <param name="Coverage">The patient's coverage periods; empty when none were imported (the coverage rule then stays silent).</param>
/// <param name="EarlierClaims">The clinic's earlier claims for the same patient, to find duplicates.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.RiskContext")]
public sealed record RiskContext(IReadOnlyList<CoveragePeriod> Coverage, IReadOnlyList<ClaimRecord> EarlierClaims)
{
    /// <summary>No coverage on file and no earlier claims.</summary>
    public static RiskContext Empty { get; } = new([], []);
}
