using System.Globalization;
using System.Text.RegularExpressions;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>Reads vital signs by pattern, one item per kind and value, with the value's dot decimal form.</summary>
internal static class VitalReader
{
    public static IReadOnlyList<VitalItem> Read(ReadingContext context)
    {
        var items = new List<VitalItem>();
        foreach (var segment in context.Segments)
        {
            var claimed = new List<TextSpan>();
            foreach (var sentence in segment.Sentences)
            {
                foreach (var (kind, pattern) in VitalPatterns.All)
                {
                    foreach (Match match in pattern.Matches(segment.Folded[..sentence.End], sentence.Start))
                    {
                        var value = ValueSpan(match);
                        if (claimed.Any(c => c.Overlaps(value)))
                        {
                            continue;
                        }

                        var item = ToItem(kind, match, segment);
                        if (item is not null)
                        {
                            claimed.Add(value);
                            Add(items, item);
                        }
                    }
                }
            }
        }

        return items;
    }

    private static TextSpan ValueSpan(Match match)
    {
        var end = match.Groups["v2"].Success ? match.Groups["v2"].Index + match.Groups["v2"].Length : match.Groups["v"].Index + match.Groups["v"].Length;
        return new TextSpan(match.Groups["v"].Index, end);
    }

    private static VitalItem? ToItem(VitalKind kind, Match match, SegmentText segment)
    {
        var value = match.Groups["v"].Value.Replace(',', '.');
        var number = double.Parse(value, CultureInfo.InvariantCulture);
        var unit = VitalUnits.Canonical(kind, match.Groups["u"].Success ? match.Groups["u"].Value : null, number);
        if (!VitalUnits.IsPlausible(kind, number, unit))
        {
            return null;
        }

        if (match.Groups["v2"].Success)
        {
            value = $"{value}/{match.Groups["v2"].Value}";
        }

        return new VitalItem(kind, value, unit, [segment.Quote(new TextSpan(match.Index, match.Index + match.Length))]);
    }

    private static void Add(List<VitalItem> items, VitalItem item)
    {
        var index = items.FindIndex(i => i.Kind == item.Kind && i.Value == item.Value);
        if (index < 0)
        {
            items.Add(item);
        }
        else
        {
            items[index] = items[index] with { Evidence = [.. items[index].Evidence, .. item.Evidence] };
        }
    }
}
