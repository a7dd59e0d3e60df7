using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>
/// One item per drug across the encounter: later details win ("takes lisinopril 10 mg" then "increase
/// lisinopril to 20 mg" is changed, 20 mg), and a said status is never overwritten by a defaulted one.
/// </summary>
internal static class MedicationMerger
{
    public static IReadOnlyList<MedicationItem> Merge(IEnumerable<MedicationMention> mentions)
    {
        var merged = new List<(MedicationItem Item, bool Explicit)>();
        foreach (var mention in mentions)
        {
            var item = mention.Item;
            var index = merged.FindIndex(m => TextFolding.Fold(m.Item.Name) == TextFolding.Fold(item.Name));
            if (index < 0)
            {
                merged.Add((item, mention.ExplicitStatus));
                continue;
            }

            var (existing, wasExplicit) = merged[index];
            var keepStatus = wasExplicit && (!mention.ExplicitStatus || item.Status == MedicationStatus.Current);
            merged[index] = (existing with
            {
                Dose = item.Dose ?? existing.Dose,
                Route = item.Route ?? existing.Route,
                Frequency = item.Frequency ?? existing.Frequency,
                Status = keepStatus ? existing.Status : item.Status,
                Evidence = [.. existing.Evidence, .. item.Evidence],
            }, wasExplicit || mention.ExplicitStatus);
        }

        return merged.Select(m => m.Item).ToList();
    }
}
