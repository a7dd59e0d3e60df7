using Mesh.Grains.Claims;

namespace Mesh.Grains.Denials.Risk;

/// <summary>A named check that needs no history: it fires with a message and a suggested fix.</summary>
public interface IRiskRule
{
    /// <summary>The stable name shown when it fires.</summary>
    string Name { get; }

    /// <summary>How likely a claim it fires on is denied, used for the rules-alone probability.</summary>
    double Weight { get; }

    /// <summary>What the rule finds on <paramref name="claim"/>.</summary>
    IEnumerable<RiskFinding> Check(ClaimRecord claim, RiskContext context);
}
