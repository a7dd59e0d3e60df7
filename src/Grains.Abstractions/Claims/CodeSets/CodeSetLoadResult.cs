using Orleans;

namespace Mesh.Grains.Claims.CodeSets;

/// <summary>What loading a code set file did: the set as it now stands, or the lines that kept it from loading.</summary>
/// <param name="Loaded">Whether the file replaced the set (a file with any bad line changes nothing).</param>
/// <param name="Summary">The set after the attempt.</param>
/// <param name="Errors">The bad lines (at most the first 20), each as "line N: what is wrong".</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.CodeSets.CodeSetLoadResult")]
public sealed record CodeSetLoadResult(bool Loaded, CodeSetSummary Summary, IReadOnlyList<string> Errors);
