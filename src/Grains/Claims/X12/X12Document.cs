namespace Mesh.Grains.Claims.X12;

/// <summary>An interchange cut into segments, before its envelope is checked.</summary>
/// <param name="Delimiters">The delimiters the ISA declared; null when no ISA could be read.</param>
/// <param name="Segments">Every segment, ISA first.</param>
/// <param name="Issues">What was wrong with the text itself (ISA, segment ids, a missing last terminator).</param>
public sealed record X12Document(X12Delimiters? Delimiters, IReadOnlyList<X12Segment> Segments, IReadOnlyList<X12Issue> Issues);
