namespace Mesh.Grains.Claims.X12;

/// <summary>
/// One transaction set (ST to SE) with the functional group around it and the envelope issues that touch it (its
/// own ST/SE, its group's GS/GE, the interchange's ISA/IEA). A set with any such issue is rejected whole.
/// </summary>
/// <param name="Header">The ST segment.</param>
/// <param name="Group">The GS segment of its functional group.</param>
/// <param name="Body">The segments between ST and SE.</param>
/// <param name="EnvelopeIssues">Envelope issues that reject this set.</param>
public sealed record X12TransactionSet(X12Segment Header, X12Segment Group, IReadOnlyList<X12Segment> Body, IReadOnlyList<X12Issue> EnvelopeIssues)
{
    /// <summary>ST01: the transaction set id (837, 835).</summary>
    public string Id => Header[1];

    /// <summary>ST02: the control number.</summary>
    public string ControlNumber => Header[2];

    /// <summary>ST03, or GS08 when ST03 is empty: the implementation guide (e.g. 005010X222A1).</summary>
    public string Implementation => Header.Has(3) ? Header[3] : Group[8];
}
