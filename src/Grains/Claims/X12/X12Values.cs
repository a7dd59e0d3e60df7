using System.Globalization;

namespace Mesh.Grains.Claims.X12;

/// <summary>Reads X12 data element types: decimal numbers (R), dates (DT, CCYYMMDD) and date ranges (RD8).</summary>
public static class X12Values
{
    /// <summary>An X12 decimal: optional minus, digits, optional point; no exponent, no thousands separator.</summary>
    public static bool TryDecimal(string value, out decimal result)
    {
        result = 0;
        var digits = value.StartsWith('-') ? value.AsSpan(1) : value.AsSpan();
        if (digits.IsEmpty || digits.Length > 18 || digits.IndexOfAnyExcept("0123456789.") >= 0 || digits.Count('.') > 1 || digits is ".")
        {
            return false;
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out result);
    }

    /// <summary>A CCYYMMDD date that is a real day.</summary>
    public static bool TryDate(string value, out DateOnly result) =>
        DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out result);

    /// <summary>A CCYYMMDD-CCYYMMDD range whose end is not before its start.</summary>
    public static bool TryDateRange(string value, out DateOnly from, out DateOnly to)
    {
        to = default;
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 & TryDate(dash > 0 ? value[..dash] : value, out from) && TryDate(value[(dash + 1)..], out to) && to >= from;
    }
}
