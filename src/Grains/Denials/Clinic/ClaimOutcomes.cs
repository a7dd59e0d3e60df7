using Mesh.Grains.Claims;

namespace Mesh.Grains.Denials.Clinic;

/// <summary>What the model learns a claim's outcome from: its status after the remittances that still count.</summary>
public static class ClaimOutcomes
{
    /// <summary>The claim labelled denied or not; null when no remittance has answered it yet.</summary>
    public static LabeledClaim? Label(ClaimView view) => view.Status switch
    {
        ClaimStatus.Denied => new LabeledClaim(view.Claim, true),
        // A partial payment with a line paid nothing is a line denial: the model should learn from it.
        ClaimStatus.Partial => new LabeledClaim(view.Claim, view.Remittances.Any(remittance => remittance.ReversedBy is null
            && remittance.Payment.Lines.Any(line => line.Paid == 0 && line.Billed > 0))),
        ClaimStatus.Paid => new LabeledClaim(view.Claim, false),
        _ => null,
    };
}
