namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>
/// Reads lexicon data written as lines of <c>canonical: surface | surface</c>; the canonical name is a surface too.
/// Keeping the data as text keeps the lexicon files readable by clinicians.
/// </summary>
internal static class SynonymTable
{
    public static IEnumerable<KeyValuePair<string, string>> Parse(string table)
    {
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var canonical = colon < 0 ? line : line[..colon].Trim();
            yield return KeyValuePair.Create(canonical, canonical);
            if (colon < 0)
            {
                continue;
            }

            foreach (var surface in line[(colon + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return KeyValuePair.Create(surface, canonical);
            }
        }
    }
}
