namespace Mesh.Grains.Claims.CodeSets;

/// <summary>
/// The line walk every code set file shares: blank lines skipped, lines starting with '#' are comments (a first-line
/// comment is the file's label), every other line read by the format, which returns its code or null and says why.
/// </summary>
internal static class CodeSetLines
{
    /// <summary>Reads a line (its text and 1-based number): the code, or null with an error ("line N: …"), or null
    /// without one for a line the format passes over (a CSV header).</summary>
    public delegate CodeSetEntry? LineReader(string line, int number, out string? error);

    public static CodeSetParse Parse(string text, LineReader read)
    {
        var entries = new List<CodeSetEntry>();
        var errors = new List<string>();
        string? label = null;
        var number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = raw.TrimEnd('\r').ToString();
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line[0] == '#')
            {
                label ??= number == 1 ? line[1..].Trim() : null;
                continue;
            }

            if (read(line, number, out var error) is { } entry)
            {
                entries.Add(entry);
            }
            else if (error is not null)
            {
                errors.Add($"line {number}: {error}");
            }
        }

        return new CodeSetParse(entries, errors, label);
    }
}
