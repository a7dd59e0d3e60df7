using System.Globalization;
using Microsoft.VisualBasic.FileIO;
using Mesh.Grains.Claims;

namespace Mesh.WebFrontend.Claims;

/// <summary>
/// Reads a rate card: CSV rows of code, modifier, allowed amount, effective from, effective to (ISO dates; modifier
/// and "to" may be empty), with an optional header row. Parsed by .NET's own RFC 4180 reader, so quoted fields work.
/// Every row error is reported with its line number; a card with any error is refused whole.
/// </summary>
public static class RateCardCsv
{
    public const int MaxRows = 50_000;

    public static (IReadOnlyList<RateCardEntry> Rates, IReadOnlyList<string> Errors) Read(string text)
    {
        var rates = new List<RateCardEntry>();
        var errors = new List<string>();
        using var parser = new TextFieldParser(new StringReader(text)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        while (!parser.EndOfData)
        {
            var line = parser.LineNumber;
            string[]? fields;
            try
            {
                fields = parser.ReadFields();
            }
            catch (MalformedLineException error)
            {
                errors.Add($"line {error.LineNumber}: not valid CSV.");
                continue;
            }

            if (fields is null || fields.All(string.IsNullOrWhiteSpace) || (rates.Count == 0 && errors.Count == 0 && IsHeader(fields)))
            {
                continue;
            }

            if (Row(fields, out var rate) is { } problem)
            {
                errors.Add($"line {line}: {problem}");
            }
            else if (rates.Count == MaxRows)
            {
                errors.Add($"More than {MaxRows} rates.");
                break;
            }
            else
            {
                rates.Add(rate!);
            }
        }

        if (rates.Count == 0 && errors.Count == 0)
        {
            errors.Add("The rate card has no rates.");
        }

        return (rates, errors);
    }

    private static bool IsHeader(string[] fields) => fields[0].Trim().Equals("code", StringComparison.OrdinalIgnoreCase);

    private static string? Row(string[] fields, out RateCardEntry? rate)
    {
        rate = null;
        if (fields.Length is < 4 or > 5)
        {
            return "expected code, modifier, allowed amount, effective from[, effective to].";
        }

        var code = fields[0].Trim().ToUpperInvariant();
        var modifier = fields[1].Trim().ToUpperInvariant();
        if (code.Length != 5 || !code.All(char.IsAsciiLetterOrDigit))
        {
            return $"'{Shown(fields[0])}' is not a HCPCS/CPT code (5 letters or digits).";
        }

        if (modifier.Length is not (0 or 2) || !modifier.All(char.IsAsciiLetterOrDigit))
        {
            return $"'{Shown(fields[1])}' is not a modifier (2 letters or digits, or empty).";
        }

        if (!decimal.TryParse(fields[2].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var allowed) || allowed > 10_000_000)
        {
            return $"'{Shown(fields[2])}' is not an amount (digits and a decimal point).";
        }

        if (!DateOnly.TryParseExact(fields[3].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            return $"'{Shown(fields[3])}' is not a date (YYYY-MM-DD).";
        }

        DateOnly? to = null;
        if (fields.Length == 5 && fields[4].Trim().Length > 0)
        {
            if (!DateOnly.TryParseExact(fields[4].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end) || end < from)
            {
                return $"'{Shown(fields[4])}' is not a date (YYYY-MM-DD) on or after the effective from date.";
            }

            to = end;
        }

        rate = new RateCardEntry(code, modifier.Length == 0 ? null : modifier, allowed, from, to);
        return null;
    }

    /// <summary>A field as an error message may quote it: short, printable.</summary>
    private static string Shown(string field) =>
        new([.. field.Take(40).Select(c => char.IsControl(c) ? '?' : c)]);
}
