using Orleans;

namespace Mesh.Grains.Claims.CodeSets;

/// <summary>What a code set says about one code.</summary>
/// <param name="Code">The code as asked (ICD-10-CM without the dot, a CARC or a RARC).</param>
/// <param name="Known">Whether the set holds the code.</param>
/// <param name="Billable">Whether the code may be submitted on a claim (ICD-10-CM: a complete, valid code, not a
/// category or header); true for every known CARC and RARC.</param>
/// <param name="Description">The code's meaning, when known.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.CodeSets.CodeSetMatch"), Immutable]
public sealed record CodeSetMatch(string Code, bool Known, bool Billable, string? Description);
