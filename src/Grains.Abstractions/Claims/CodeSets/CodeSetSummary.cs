using Orleans;

namespace Mesh.Grains.Claims.CodeSets;

/// <summary>Which release of a code set is loaded, and how big it is.</summary>
/// <param name="Name">The set (icd10cm, carc, rarc).</param>
/// <param name="Source">Where the codes came from: Mesh's labelled starter set, or the label given when a file was loaded.</param>
/// <param name="Count">How many codes the set holds.</param>
/// <param name="Billable">How many are billable (ICD-10-CM) or current (CARC/RARC).</param>
/// <param name="LoadedAt">When the file was loaded; null for the starter set shipped inside Mesh.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.CodeSets.CodeSetSummary"), Immutable]
public sealed record CodeSetSummary(string Name, string Source, int Count, int Billable, DateTimeOffset? LoadedAt);
