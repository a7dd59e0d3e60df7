namespace Mesh.Grains.Claims.X12;

/// <summary>A functional group (GS to GE) and its transaction sets.</summary>
/// <param name="Header">The GS segment.</param>
/// <param name="TransactionSets">Its transaction sets, in order.</param>
/// <param name="Issues">Issues of the group's own envelope (GS/GE) and of segments loose inside it.</param>
public sealed record X12FunctionalGroup(X12Segment Header, IReadOnlyList<X12TransactionSet> TransactionSets, IReadOnlyList<X12Issue> Issues)
{
    /// <summary>GS01: the functional identifier code (HC claims, HP remittances).</summary>
    public string FunctionalId => Header[1];

    /// <summary>GS06: the group control number.</summary>
    public string ControlNumber => Header[6];

    /// <summary>GS08: the version and implementation guide.</summary>
    public string Version => Header[8];
}
