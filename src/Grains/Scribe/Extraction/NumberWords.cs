namespace Mesh.Grains.Scribe.Extraction;

/// <summary>English numbers written as words, as dictation often gives them: "five hundred", "twenty-five".</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private const string Word =
        "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" +
        "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand";

    public const string Pattern = $@"(?:(?:{Word})(?:(?:\s+and\s+|\s+|-)(?:{Word}))*)";

    public static int? Parse(string words)
    {
        var total = 0;
        var current = 0;
        foreach (var word in words.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "and")
            {
                continue;
            }

            if (Units.TryGetValue(word, out var unit))
            {
                current += unit;
            }
            else if (word == "hundred")
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (word == "thousand")
            {
                total += Math.Max(current, 1) * 1000;
                current = 0;
            }
            else
            {
                return null;
            }
        }

        return total + current;
    }
}
