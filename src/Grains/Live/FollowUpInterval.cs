namespace Mesh.Grains.Live;

/// <summary>The unit of a said interval.</summary>
internal enum IntervalUnit
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>A said interval such as "two weeks" or "fél év", turned into a follow-up on the calendar.</summary>
internal readonly record struct FollowUpInterval(double Amount, IntervalUnit Unit)
{
    // Ten years: anything longer is a mishearing, not a follow-up.
    private const int MaxDays = 3660;

    /// <summary>The follow-up command counted from <paramref name="today"/>; null when the interval is empty or absurd.</summary>
    public ScheduleFollowUpCommand? From(DateOnly today)
    {
        if (!double.IsFinite(Amount) || Amount <= 0 || Amount > MaxDays)
        {
            return null;
        }

        var whole = (int)Math.Floor(Amount);
        var fraction = Amount - whole;
        var due = Unit switch
        {
            IntervalUnit.Day => today.AddDays((int)Math.Round(Amount)),
            IntervalUnit.Week => today.AddDays((int)Math.Round(Amount * 7)),
            // Months and years are calendar ones; "a month and a half" adds the half as days.
            IntervalUnit.Month => today.AddMonths(whole).AddDays((int)Math.Round(fraction * 30)),
            _ => today.AddYears(whole).AddMonths((int)Math.Round(fraction * 12)),
        };
        var days = due.DayNumber - today.DayNumber;
        return days is > 0 and <= MaxDays ? new ScheduleFollowUpCommand(days, due) : null;
    }

    /// <summary>The unit named by an English or folded Hungarian word: "weeks", "het", "honap".</summary>
    public static IntervalUnit? UnitOf(string word) => word switch
    {
        _ when word.StartsWith("day", StringComparison.Ordinal) || word.StartsWith("nap", StringComparison.Ordinal) => IntervalUnit.Day,
        _ when word.StartsWith("week", StringComparison.Ordinal) || word.StartsWith("fortnight", StringComparison.Ordinal)
            || word.StartsWith("het", StringComparison.Ordinal) => IntervalUnit.Week,
        _ when word.StartsWith("month", StringComparison.Ordinal) || word.StartsWith("honap", StringComparison.Ordinal) => IntervalUnit.Month,
        _ when word.StartsWith("year", StringComparison.Ordinal) || word.StartsWith("ev", StringComparison.Ordinal) => IntervalUnit.Year,
        _ => null,
    };
}
