namespace Mesh.Grains.Claims.CodeSets;

/// <summary>An ICD-10-CM lookup answered from a batch of matches; a code not in the batch reads as unknown.</summary>
public sealed class DiagnosisCodeLookup(IEnumerable<CodeSetMatch> matches) : IDiagnosisCodeLookup
{
    private readonly Dictionary<string, CodeSetMatch> _matches = matches.DistinctBy(m => m.Code).ToDictionary(m => m.Code, StringComparer.Ordinal);

    public CodeSetMatch Find(string code) =>
        _matches.TryGetValue(code, out var match) ? match : new CodeSetMatch(code, false, false, null);
}
