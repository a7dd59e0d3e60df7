using System.Globalization;

namespace Mesh.Grains.Agents.Tools;

/// <summary>How tools write dates and money, so that the grounding check finds the same figures in answers.</summary>
internal static class ToolText
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown date";

    public static string Date(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Number(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> items, string none)
    {
        var all = items.ToList();
        return all.Count == 0 ? none : string.Join("; ", all);
    }
}
