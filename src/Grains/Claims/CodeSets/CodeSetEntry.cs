namespace Mesh.Grains.Claims.CodeSets;

/// <summary>One code of a set as stored: the code (ICD-10-CM without the dot), whether it is billable (or, for
/// CARC/RARC, current), and its description.</summary>
public sealed record CodeSetEntry(string Code, bool Billable, string Description);
