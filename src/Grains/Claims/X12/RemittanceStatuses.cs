namespace Mesh.Grains.Claims.X12;

/// <summary>Reads CLP02 and the adjustments as paid, partial, denied or reversed.</summary>
public static class RemittanceStatuses
{
    // Adjustments that are the contract working as agreed, not a reduction of what the clinic expected:
    // CO-45 (charge over the fee schedule) and CO-253 (sequestration); OA-23 is an earlier payer's share.
    private static readonly HashSet<(string Group, string Reason)> Expected = [("CO", "45"), ("CO", "253"), ("OA", "23")];

    /// <summary>The status CLP02 and the adjustments give a payment.</summary>
    public static RemittanceStatus Read(string statusCode, IEnumerable<RemittanceAdjustment> adjustments) => statusCode switch
    {
        "4" => RemittanceStatus.Denied,
        "22" => RemittanceStatus.Reversed,
        _ => adjustments.Any(Reduces) ? RemittanceStatus.Partial : RemittanceStatus.Paid,
    };

    /// <summary>Whether an adjustment reduces what the clinic expected: the patient's share (PR) is still owed to it, and the contract's own adjustments were expected.</summary>
    public static bool Reduces(RemittanceAdjustment adjustment) =>
        adjustment.Amount > 0 && adjustment.Group != "PR" && !Expected.Contains((adjustment.Group, adjustment.Reason));
}
