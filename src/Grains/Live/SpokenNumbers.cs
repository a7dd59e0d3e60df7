using System.Globalization;
using Mesh.Grains.Scribe.Extraction;

namespace Mesh.Grains.Live;

/// <summary>Counts as doctors say them, on folded text: "3", "two", "a couple of", "half a"; "két", "tizennégy", "fél".</summary>
internal static class SpokenNumbers
{
    /// <summary>An English count: digits, number words, or "a", "an", "a couple of", "half a".</summary>
    public const string English = $@"(?:\d{{1,4}}(?:\.\d+)?|{NumberWords.Pattern}|a\s+couple\s+of|couple\s+of|half\s+an?|an?)";

    private const string HungarianUnits = "egy|ketto|ket|harom|negy|ot|hat|het|nyolc|kilenc";

    /// <summary>A Hungarian count, folded (no accents): "3", "ket", "tizenot", "masfel", "par".</summary>
    public const string Hungarian =
        $@"(?:\d{{1,4}}(?:[.,]\d+)?|tizen(?:{HungarianUnits})|huszon(?:{HungarianUnits})|harminc|husz|tiz|masfel|fel|par|{HungarianUnits})(?![\p{{L}}])";

    private static readonly Dictionary<string, int> HungarianValues = new(StringComparer.Ordinal)
    {
        ["egy"] = 1, ["ketto"] = 2, ["ket"] = 2, ["harom"] = 3, ["negy"] = 4, ["ot"] = 5, ["hat"] = 6, ["het"] = 7,
        ["nyolc"] = 8, ["kilenc"] = 9, ["tiz"] = 10, ["husz"] = 20, ["harminc"] = 30, ["par"] = 2,
    };

    /// <summary>The value of an English count matched by <see cref="English"/>; null when it is not one.</summary>
    public static double? ParseEnglish(string said)
    {
        var words = string.Join(' ', said.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words switch
        {
            "a" or "an" => 1,
            "a couple of" or "couple of" => 2,
            "half a" or "half an" => 0.5,
            _ when char.IsDigit(words[0]) => double.Parse(words, CultureInfo.InvariantCulture),
            _ => NumberWords.Parse(words),
        };
    }

    /// <summary>The value of a folded Hungarian count matched by <see cref="Hungarian"/>; null when it is not one.</summary>
    public static double? ParseHungarian(string said)
    {
        if (said.Length == 0)
        {
            return null;
        }

        if (char.IsDigit(said[0]))
        {
            return double.Parse(said.Replace(',', '.'), CultureInfo.InvariantCulture);
        }

        return said switch
        {
            "fel" => 0.5,
            "masfel" => 1.5,
            _ when said.StartsWith("tizen", StringComparison.Ordinal) => 10 + HungarianValues.GetValueOrDefault(said[5..]),
            _ when said.StartsWith("huszon", StringComparison.Ordinal) => 20 + HungarianValues.GetValueOrDefault(said[6..]),
            _ => HungarianValues.TryGetValue(said, out var value) ? value : null,
        };
    }
}
