namespace Mesh.Grains.Claims.CodeSets;

/// <summary>The code sets Mesh keeps, by the name that keys their grain and appears in routes.</summary>
public static class CodeSetNames
{
    /// <summary>ICD-10-CM diagnoses, loaded from the CMS order file.</summary>
    public const string Icd10Cm = "icd10cm";

    /// <summary>Claim adjustment reason codes, loaded from CSV.</summary>
    public const string Carc = "carc";

    /// <summary>Remittance advice remark codes, loaded from CSV.</summary>
    public const string Rarc = "rarc";

    /// <summary>Every set name.</summary>
    public static IReadOnlyList<string> All { get; } = [Icd10Cm, Carc, Rarc];

    /// <summary>Whether <paramref name="name"/> names a code set.</summary>
    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
