namespace Mesh.Grains.Claims.X12;

/// <summary>Collects the issues of one loop or claim, with helpers that read an element and report what is wrong
/// with it at its segment, position and element.</summary>
internal sealed class X12IssueList : List<X12Issue>
{
    public void Add(X12Segment segment, int? element, int? component, string code, string message) =>
        Add(new X12Issue(segment.Id, segment.Position, element, component, code, message));

    /// <summary>Reports a required segment that is missing, at the segment that opens the loop it belongs in.</summary>
    public void MissingSegment(X12Segment loopStart, string segment, string loop) =>
        Add(new X12Issue(segment, loopStart.Position, null, null, X12IssueCodes.MissingSegment,
            $"Loop {loop} (from {loopStart.Id} at segment {loopStart.Position}) has no {segment} segment."));

    /// <summary>The element's value; a missing_element issue when it is empty.</summary>
    public string Required(X12Segment segment, int element, string name)
    {
        var value = segment[element];
        if (value.Length == 0)
        {
            Add(segment, element, null, X12IssueCodes.MissingElement, $"{segment.Id}{element:00} ({name}) is required.");
        }

        return value;
    }

    /// <summary>The component's value; a missing_element issue when it is empty.</summary>
    public string Required(X12Segment segment, int element, int component, string name)
    {
        var value = segment.Component(element, component);
        if (value.Length == 0)
        {
            Add(segment, element, component, X12IssueCodes.MissingElement, $"{segment.Id}{element:00}-{component} ({name}) is required.");
        }

        return value;
    }

    /// <summary>A required amount (not negative unless <paramref name="signed"/>).</summary>
    public decimal Amount(X12Segment segment, int element, string name, bool signed = false)
    {
        var value = Required(segment, element, name);
        if (value.Length == 0)
        {
            return 0;
        }

        if (!X12Values.TryDecimal(value, out var amount) || (!signed && amount < 0))
        {
            Add(segment, element, null, X12IssueCodes.InvalidAmount, $"{segment.Id}{element:00} ({name}) is not a valid amount.");
            return 0;
        }

        return amount;
    }

    /// <summary>An optional amount: null when empty, an issue when not a number.</summary>
    public decimal? OptionalAmount(X12Segment segment, int element, string name)
    {
        if (!segment.Has(element))
        {
            return null;
        }

        if (X12Values.TryDecimal(segment[element], out var amount))
        {
            return amount;
        }

        Add(segment, element, null, X12IssueCodes.InvalidAmount, $"{segment.Id}{element:00} ({name}) is not a valid number.");
        return null;
    }

    /// <summary>A date whose format qualifier (D8) is in <paramref name="formatElement"/> and value in the next element.</summary>
    public DateOnly? Date(X12Segment segment, int formatElement, string name)
    {
        var format = segment[formatElement];
        var value = Required(segment, formatElement + 1, name);
        if (value.Length == 0)
        {
            return null;
        }

        if (format == "D8" && X12Values.TryDate(value, out var date))
        {
            return date;
        }

        Add(segment, formatElement + 1, null, X12IssueCodes.InvalidDate, $"{segment.Id}{formatElement + 1:00} ({name}) is not a D8 date (CCYYMMDD).");
        return null;
    }

    /// <summary>A date or date range (D8 or RD8) whose format qualifier is in <paramref name="formatElement"/>.</summary>
    public (DateOnly From, DateOnly To)? Period(X12Segment segment, int formatElement, string name)
    {
        var format = segment[formatElement];
        var value = Required(segment, formatElement + 1, name);
        if (value.Length == 0)
        {
            return null;
        }

        if (format == "D8" && X12Values.TryDate(value, out var day))
        {
            return (day, day);
        }

        if (format == "RD8" && X12Values.TryDateRange(value, out var from, out var to))
        {
            return (from, to);
        }

        Add(segment, formatElement + 1, null, X12IssueCodes.InvalidDate, $"{segment.Id}{formatElement + 1:00} ({name}) is not a D8 date or RD8 range.");
        return null;
    }
}
