namespace Mesh.Grains.Claims.CodeSets;

/// <summary>The ICD-10-CM codes a claim reader may ask about, answered in process (built from one batch lookup of
/// the code set grain, so reading a file costs one grain call).</summary>
public interface IDiagnosisCodeLookup
{
    /// <summary>What the loaded ICD-10-CM set says about <paramref name="code"/> (without the dot).</summary>
    CodeSetMatch Find(string code);
}
