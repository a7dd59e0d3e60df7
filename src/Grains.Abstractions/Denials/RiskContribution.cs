using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>A feature that pushed a claim's learned score, from the model's feature contributions.</summary>
/// <param name="Feature">The feature and value, e.g. <c>payer=BCX</c> or <c>days_to_submission</c>.</param>
/// <param name="Contribution">How much it pushed the score: positive toward denial, negative away from it.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.RiskContribution"), Immutable]
public sealed record RiskContribution(string Feature, double Contribution);
