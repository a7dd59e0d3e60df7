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
        var first = true;
        return CodeSetLines.Parse(text, (string line, int _, out string? error) =>
        {
            var header = first;
            first = false;
            return Read(line, header, today, out error);
        });
    }

    private static CodeSetEntry? Read(string line, bool first, DateOnly today, out string? error)
    {
        error = null;
        var fields = Split(line);
        if (fields is null || fields.Count is < 2 or > 4)
        {
            error = "expected code,description[,start,end].";
            return null;
        }

        if (first && fields[0].Equals("code", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var code = fields[0].Trim();
        var description = fields[1].Trim();
        if (code.Length is 0 or > 10 || !code.All(char.IsAsciiLetterOrDigit) || description.Length == 0)
        {
            error = "a code is 1-10 letters or digits and needs a description.";
            return null;
        }

        var end = fields.Count > 3 ? fields[3].Trim() : "";
        DateOnly until = default;
        if (end.Length > 0 && !DateOnly.TryParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out until))
        {
            error = "the end date is not yyyy-MM-dd.";
            return null;
        }

        return new CodeSetEntry(code, end.Length == 0 || until >= today, description);
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
