namespace Mesh.Grains.Claims.CodeSets;

/// <summary>
/// Reads the CMS ICD-10-CM order file: fixed width, one code a line: order number (5), blank, code (7, no dot, padded),
/// blank, billable flag (1 valid for submission, 0 a header), blank, short description (60), blank, long description.
/// Lines starting with '#' are comments (Mesh's starter file labels itself in one); blank lines are skipped.
/// </summary>
public static class Icd10CmOrderFile
{
    /// <summary>Reads <paramref name="text"/>.</summary>
    public static CodeSetParse Parse(string text)
    {
        var entries = new List<CodeSetEntry>();
        var errors = new List<string>();
        string? label = null;
        var number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.IsWhiteSpace())
            {
                continue;
            }

            if (line[0] == '#')
            {
                label ??= number == 1 ? line[1..].Trim().ToString() : null;
                continue;
            }

            if (Read(line) is { } entry)
            {
                entries.Add(entry);
            }
            else
            {
                errors.Add($"line {number}: not an ICD-10-CM order file line (order number, code, 0/1 billable flag, short and long description in fixed columns).");
            }
        }

        return new CodeSetParse(entries, errors, label);
    }

    private static CodeSetEntry? Read(ReadOnlySpan<char> line)
    {
        if (line.Length < 17 || line[..5].Trim() is var order && (order.IsEmpty || order.ContainsAnyExceptInRange('0', '9'))
            || line[5] != ' ' || line[13] != ' ' || line[14] is not ('0' or '1') || line[15] != ' ')
        {
            return null;
        }

        var code = line[6..13].Trim().ToString();
        if (!X12.ClaimCodeShapes.IsIcd10Cm(code))
        {
            return null;
        }

        var shortDescription = line[16..Math.Min(line.Length, 76)].Trim();
        var longDescription = line.Length > 77 ? line[77..].Trim() : [];
        var description = (longDescription.IsEmpty ? shortDescription : longDescription).ToString();
        return description.Length == 0 ? null : new CodeSetEntry(code, line[14] == '1', description);
    }
}
