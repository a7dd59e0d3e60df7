namespace Mesh.Grains.Claims.CodeSets;

/// <summary>A code set file read: its codes, the bad lines, and the label its first comment line gives it.</summary>
/// <param name="Entries">The codes, in file order.</param>
/// <param name="Errors">"line N: what is wrong" for each bad line.</param>
/// <param name="Label">The text after "# " on a first line starting with '#', when there is one.</param>
public sealed record CodeSetParse(IReadOnlyList<CodeSetEntry> Entries, IReadOnlyList<string> Errors, string? Label);
