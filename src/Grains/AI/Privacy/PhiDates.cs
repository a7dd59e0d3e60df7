using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Mesh.Grains.AI.Privacy;

/// <summary>
/// Dates in clinical text (numeric, ISO, and with English, German or Hungarian month names, with or without a year) and
/// their rendering moved by a number of days in the format they were written in.
/// </summary>
internal static partial class PhiDates
{
    // A date written without a year is moved within this leap year, so 29 February is a date too.
    private const int YearlessReference = 2000;

    // A month written with its year only is moved from its middle day.
    private const int MonthMiddle = 15;

    private static readonly string[][] MonthNames =
    [
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
    ];

    private static readonly Regex[] Patterns = BuildPatterns();

    /// <summary>Every date in <paramref name="text"/>, left to right, none overlapping.</summary>
    public static List<DateMatch> Find(string text)
    {
        var found = new List<DateMatch>();
        foreach (var pattern in Patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (Parse(match) is { } date)
                {
                    found.Add(date);
                }
            }
        }

        var kept = new List<DateMatch>();
        foreach (var date in found.OrderBy(d => d.Index).ThenByDescending(d => d.Length))
        {
            if (kept.Count == 0 || date.Index >= kept[^1].Index + kept[^1].Length)
            {
                kept.Add(date);
            }
        }

        return kept;
    }

    /// <summary>Number groups and month names of a date, where they are in the match.</summary>
    internal enum Part
    {
        Year,
        Month,
        MonthName,
        Day,
        Ordinal,
    }

    private static DateMatch? Parse(Match match)
    {
        var parts = new List<(Part Part, Group Group)>();
        int? year = null;
        int month;
        int? day = null;
        if (match.Groups["y"] is { Success: true } y)
        {
            year = int.Parse(y.Value, CultureInfo.InvariantCulture);
            if (y.Length == 2)
            {
                year += year < 50 ? 2000 : 1900;
            }

            if (year is < 1800 or > 2200)
            {
                return null;
            }

            parts.Add((Part.Year, y));
        }

        if (match.Groups["mon"] is { Success: true } name)
        {
            month = MonthOf(name.Value);
            parts.Add((Part.MonthName, name));
        }
        else if (match.Groups["a"] is { Success: true } a)
        {
            // Numeric day and month: a dot means day first (European); a slash or dash month first, unless that cannot be.
            var b = match.Groups["b"];
            var first = int.Parse(a.Value, CultureInfo.InvariantCulture);
            var second = int.Parse(b.Value, CultureInfo.InvariantCulture);
            var dayFirst = match.Groups["s"].Value.StartsWith('.') || first > 12;
            month = dayFirst ? second : first;
            day = dayFirst ? first : second;
            parts.Add((Part.Month, dayFirst ? b : a));
            parts.Add((Part.Day, dayFirst ? a : b));
        }
        else
        {
            var m = match.Groups["m"];
            month = int.Parse(m.Value, CultureInfo.InvariantCulture);
            parts.Add((Part.Month, m));
        }

        if (match.Groups["d"] is { Success: true } d)
        {
            day = int.Parse(d.Value, CultureInfo.InvariantCulture);
            parts.Add((Part.Day, d));
        }

        if (match.Groups["o"] is { Success: true } ordinal)
        {
            parts.Add((Part.Ordinal, ordinal));
        }

        if (month is < 1 or > 12 || day is < 1 || day > DateTime.DaysInMonth(year ?? YearlessReference, month))
        {
            return null;
        }

        var date = new DateOnly(year ?? YearlessReference, month, day ?? MonthMiddle);
        return new DateMatch(match.Index, match.Length, match.Value, date, match.Groups["s"].Success,
            [.. parts.Select(p => new DatePart(p.Part, p.Group.Index - match.Index, p.Group.Value))]);
    }

    private static int MonthOf(string name)
    {
        foreach (var names in MonthNames)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    return i + 1;
                }
            }
        }

        return string.Equals(name, "Sept", StringComparison.OrdinalIgnoreCase) ? 9 : 0;
    }

    private static string MonthName(string written, int month)
    {
        var names = MonthNames.FirstOrDefault(n => n.Contains(written, StringComparer.OrdinalIgnoreCase)) ?? MonthNames[1];
        var name = names[month - 1];
        if (written.Length > 1 && written.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return name.ToUpperInvariant();
        }

        return char.IsUpper(written[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name.ToLowerInvariant();
    }

    private static string Ordinal(int day) => (day % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };

    private static Regex[] BuildPatterns()
    {
        var alternatives = MonthNames.SelectMany(n => n).Append("Sept")
            .SelectMany(n => new[] { n, char.ToUpperInvariant(n[0]) + n[1..], n.ToUpperInvariant() })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length)
            .Select(Regex.Escape);
        var month = $"(?<mon>{string.Join('|', alternatives)})(?!\\p{{L}})";
        string[] patterns =
        [
            // 2024-03-14, 2024/03/14, 2024.03.14., 2024. 03. 14.
            @"(?<![\d.])(?<y>\d{4})(?<s>[-/]|\.[ ]?)(?<m>\d{1,2})\k<s>(?<d>\d{1,2})\.?(?![\d])",

            // 03/14/2024, 14.03.2024, 3-14-61 (two-digit years only with a slash or a dash)
            @"(?<![\d./-])(?<a>\d{1,2})(?<s>[./-])(?<b>\d{1,2})\k<s>(?<y>\d{4})(?![\d])",
            @"(?<![\d./-])(?<a>\d{1,2})(?<s>[/-])(?<b>\d{1,2})\k<s>(?<y>\d{2})(?![\d/-])",

            // March 14, 2024; Mar. 14th 2024; March 14
            $@"(?<!\p{{L}}){month}\.?[ ](?<d>\d{{1,2}})(?<o>st|nd|rd|th)?(?![\d])(?:,?[ ](?<y>\d{{4}})(?![\d]))?",

            // 14 March 2024; 14th of March; 14. März 2024
            $@"(?<![\d.])(?<d>\d{{1,2}})(?:(?<o>st|nd|rd|th)|\.)?[ ](?:of[ ])?{month}\.?(?:,?[ ](?<y>\d{{4}})(?![\d]))?",

            // 2024. március 14.; 2024 March 14
            $@"(?<![\d])(?<y>\d{{4}})\.?[ ]{month}[ ](?<d>\d{{1,2}})\.?(?![\d])",

            // March 2024
            $@"(?<!\p{{L}}){month}\.?,?[ ](?<y>\d{{4}})(?![\d])",
        ];
        return [.. patterns.Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture))];
    }

    /// <summary>One part of a written date: where it is in the match and how it was written.</summary>
    internal sealed record DatePart(Part Part, int Offset, string Written);

    /// <summary>
    /// A date found in a text. <see cref="Date"/> is the date it names; a date without a year lies in 2000 and one
    /// without a day on the 15th.
    /// </summary>
    internal sealed record DateMatch(int Index, int Length, string Written, DateOnly Date, bool Numeric, IReadOnlyList<DatePart> Parts)
    {
        /// <summary>The same written form naming the date <paramref name="days"/> later (earlier when negative).</summary>
        public string Moved(int days)
        {
            var moved = Date.AddDays(days);
            var text = new StringBuilder(Written);
            foreach (var part in Parts.OrderByDescending(p => p.Offset))
            {
                var value = part.Part switch
                {
                    Part.Year => part.Written.Length == 2
                        ? (moved.Year % 100).ToString("00", CultureInfo.InvariantCulture)
                        : moved.Year.ToString(CultureInfo.InvariantCulture),
                    Part.Month => Number(moved.Month, part.Written),
                    Part.MonthName => MonthName(part.Written, moved.Month),
                    Part.Day => Number(moved.Day, part.Written),
                    Part.Ordinal => Ordinal(moved.Day),
                    _ => part.Written,
                };
                text.Remove(part.Offset, part.Written.Length).Insert(part.Offset, value);
            }

            return text.ToString();
        }

        // Numeric dates keep two-digit fields two digits wide; a day after a month name is padded only if it was.
        private string Number(int value, string written) =>
            written.Length == 2 && (Numeric || written[0] == '0')
                ? value.ToString("00", CultureInfo.InvariantCulture)
                : value.ToString(CultureInfo.InvariantCulture);
    }
}
