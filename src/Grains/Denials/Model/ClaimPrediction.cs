namespace Mesh.Grains.Denials.Model;

/// <summary>What the model answers for a claim.</summary>
public sealed class ClaimPrediction
{
    /// <summary>The calibrated probability of denial.</summary>
    public float Probability { get; set; }

    /// <summary>Each feature slot's push on the score (only the strongest are non-zero).</summary>
    public float[] FeatureContributions { get; set; } = [];
}
