using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>
/// One thing wrong in an X12 file, located so that a biller can find it: the segment id, its 1-based position in the
/// interchange (ISA is 1), the 1-based element (and component) when one element is at fault, an error code and words.
/// </summary>
/// <param name="Segment">The segment id, e.g. CLM.</param>
/// <param name="Position">The segment's 1-based position in the file.</param>
/// <param name="Element">The 1-based element position, when one element is at fault.</param>
/// <param name="Component">The 1-based component position inside that element, when one component is at fault.</param>
/// <param name="Code">A stable code, e.g. npi_check_digit, total_mismatch, missing_segment (see the X12 reader).</param>
/// <param name="Message">What is wrong, in words.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.X12Issue"), Immutable]
public sealed record X12Issue(string Segment, int Position, int? Element, int? Component, string Code, string Message);

/// <summary>The envelope of an X12 interchange: ISA13 and the trimmed ISA06/ISA08.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Claims.X12Interchange"), Immutable]
public sealed record X12Interchange(string ControlNumber, string Sender, string Receiver);
