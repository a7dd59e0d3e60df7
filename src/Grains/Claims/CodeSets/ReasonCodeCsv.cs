using System.Globalization;
using System.Text;

namespace Mesh.Grains.Claims.CodeSets;

/// <summary>
/// Reads CARC or RARC lists as CSV: code,description[,start,end] (dates yyyy-MM-dd; quotes around a field that holds
/// a comma, doubled inside). A first row "code,description,..." is a header. A code whose end date has passed is kept
/// (old remittances still carry it) but is not current. Lines starting with '#' are comments.
/// </summary>
public static class ReasonCodeCsv
{
    /// <summary>Reads <paramref name="text"/>; <paramref name="today"/> decides which codes are still current.</summary>
    public static CodeSetParse Parse(string text, DateOnly today)
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

            var fields = Split(line);
            if (fields is null || fields.Count is < 2 or > 4)
            {
                errors.Add($"line {number}: expected code,description[,start,end].");
                continue;
            }

            if (entries.Count == 0 && errors.Count == 0 && fields[0].Equals("code", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var code = fields[0].Trim();
            var description = fields[1].Trim();
            if (code.Length is 0 or > 10 || !code.All(char.IsAsciiLetterOrDigit) || description.Length == 0)
            {
                errors.Add($"line {number}: a code is 1-10 letters or digits and needs a description.");
                continue;
            }

            var end = fields.Count > 3 ? fields[3].Trim() : "";
            if (end.Length > 0 && !DateOnly.TryParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add($"line {number}: the end date is not yyyy-MM-dd.");
                continue;
            }

            var current = end.Length == 0 || DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture) >= today;
            entries.Add(new CodeSetEntry(code, current, description));
        }

        return new CodeSetParse(entries, errors, label);
    }

    private static List<string>? Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var index = 0; index < line.Length; index++)
        {
            var c = line[index];
            if (quoted)
            {
                if (c == '"' && index + 1 < line.Length && line[index + 1] == '"')
                {
                    field.Append('"');
                    index++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return quoted ? null : fields;
    }
}
