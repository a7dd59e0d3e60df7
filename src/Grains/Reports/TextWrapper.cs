namespace Mesh.Grains.Reports;

/// <summary>Greedy word wrap against a width measured in points by the caller.</summary>
internal static class TextWrapper
{
    public static List<string> Wrap(string text, double maxWidth, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var rawLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var current = string.Empty;
            foreach (var word in rawLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (measure(candidate) <= maxWidth)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = BreakLongWord(word, maxWidth, measure, lines);
            }

            lines.Add(current);
        }

        return lines;
    }

    // A word wider than the column (a long code or URL) is split by characters rather than running off the page.
    private static string BreakLongWord(string word, double maxWidth, Func<string, double> measure, List<string> lines)
    {
        var rest = word;
        while (rest.Length > 1 && measure(rest) > maxWidth)
        {
            var take = rest.Length - 1;
            while (take > 1 && measure(rest[..take]) > maxWidth)
            {
                take--;
            }

            lines.Add(rest[..take]);
            rest = rest[take..];
        }

        return rest;
    }
}
