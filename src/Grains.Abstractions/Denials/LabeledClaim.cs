using Mesh.Grains.Claims;
using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>A claim of the clinic's history with its 835 outcome: what the model learns from.</summary>
/// <param name="Claim">The claim as submitted.</param>
/// <param name="Denied">Whether the remittance denied it (CLP02 4, or a partial payment with a denied line).</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.LabeledClaim")]
public sealed record LabeledClaim(ClaimRecord Claim, bool Denied);
