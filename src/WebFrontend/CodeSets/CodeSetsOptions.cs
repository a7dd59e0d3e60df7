using Mesh.Grains.Claims.CodeSets;

namespace Mesh.WebFrontend.CodeSets;

/// <summary>
/// Code set files loaded at start (Mesh:CodeSets). Each path is optional: without one, the set keeps what was last
/// loaded, or Mesh's labelled starter set. Loading the same file at every start writes nothing.
/// </summary>
public sealed class CodeSetsOptions
{
    public const string SectionName = "Mesh:CodeSets";

    /// <summary>An ICD-10-CM order file as CMS publishes it (icd10cm_order_YYYY.txt).</summary>
    public string? Icd10CmPath { get; set; }

    /// <summary>CARC as CSV: code,description[,start,end].</summary>
    public string? CarcPath { get; set; }

    /// <summary>RARC as CSV: code,description[,start,end].</summary>
    public string? RarcPath { get; set; }

    /// <summary>The configured files by set name.</summary>
    public IEnumerable<(string Set, string Setting, string Path)> Files()
    {
        if (!string.IsNullOrWhiteSpace(Icd10CmPath))
        {
            yield return (CodeSetNames.Icd10Cm, $"{SectionName}:{nameof(Icd10CmPath)}", Icd10CmPath);
        }

        if (!string.IsNullOrWhiteSpace(CarcPath))
        {
            yield return (CodeSetNames.Carc, $"{SectionName}:{nameof(CarcPath)}", CarcPath);
        }

        if (!string.IsNullOrWhiteSpace(RarcPath))
        {
            yield return (CodeSetNames.Rarc, $"{SectionName}:{nameof(RarcPath)}", RarcPath);
        }
    }
}
