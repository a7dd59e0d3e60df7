namespace Mesh.Grains.Claims.X12;

/// <summary>
/// An interchange read and its envelopes checked: ISA/IEA, GS/GE and ST/SE control numbers, SE01 segment counts,
/// GE01 set counts and IEA01 group counts.
/// </summary>
/// <param name="Interchange">ISA13 with the trimmed sender and receiver; null when no ISA could be read.</param>
/// <param name="Isa">The ISA segment, when read.</param>
/// <param name="Groups">The functional groups.</param>
/// <param name="Issues">Every text and envelope issue (those that touch a set are also on that set).</param>
public sealed record X12Envelope(X12Interchange? Interchange, X12Segment? Isa, IReadOnlyList<X12FunctionalGroup> Groups, IReadOnlyList<X12Issue> Issues)
{
    /// <summary>Every transaction set of every group, in order.</summary>
    public IEnumerable<X12TransactionSet> TransactionSets => Groups.SelectMany(g => g.TransactionSets);

    /// <summary>Reads <paramref name="text"/> and checks its envelopes.</summary>
    public static X12Envelope Read(string text) => X12EnvelopeChecker.Check(X12Reader.Read(text));
}
