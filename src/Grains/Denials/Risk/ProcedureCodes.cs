namespace Mesh.Grains.Denials.Risk;

/// <summary>The CPT ranges the modifier rules tell apart.</summary>
public static class ProcedureCodes
{
    /// <summary>An office or outpatient evaluation and management visit (99202-99215).</summary>
    public static bool IsOfficeVisit(string code) => Numeric(code) is >= 99202 and <= 99215;

    /// <summary>
    /// A procedure that makes a same-day visit need modifier 25: surgery (10004-69990), injections and infusions
    /// (96360-96549) and physical medicine (97010-97799).
    /// </summary>
    public static bool IsProcedure(string code) => Numeric(code) is >= 10004 and <= 69990 or >= 96360 and <= 96549 or >= 97010 and <= 97799;

    private static int? Numeric(string code) =>
        code.Length == 5 && int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
