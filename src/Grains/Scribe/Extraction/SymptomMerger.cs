using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>One item per symptom and polarity, carrying every place it was said.</summary>
internal static class SymptomMerger
{
    public static IReadOnlyList<SymptomItem> Merge(IEnumerable<SymptomFinding> findings)
    {
        var merged = new List<SymptomItem>();
        foreach (var item in findings.Select(f => f.Item))
        {
            var index = merged.FindIndex(m => m.Negated == item.Negated && TextFolding.Fold(m.Name) == TextFolding.Fold(item.Name));
            if (index < 0)
            {
                merged.Add(item);
                continue;
            }

            var existing = merged[index];
            merged[index] = existing with
            {
                Duration = existing.Duration ?? item.Duration,
                Evidence = [.. existing.Evidence, .. item.Evidence],
            };
        }

        return merged;
    }
}
