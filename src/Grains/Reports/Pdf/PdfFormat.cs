using System.Globalization;
using System.Text;

namespace Mesh.Grains.Reports.Pdf;

/// <summary>Spells numbers, text strings and dates the way PDF syntax wants them, independent of the host culture.</summary>
internal static class PdfFormat
{
    /// <summary>A real number with at most three decimals, so the same layout always yields the same bytes.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 3);
        return (rounded == 0 ? 0 : rounded).ToString("0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>A text string as UTF-16BE hex with a byte order mark, which carries any script in the Info dictionary.</summary>
    public static string TextString(string text)
    {
        var builder = new StringBuilder((text.Length * 4) + 6).Append("<FEFF");
        foreach (var c in text)
        {
            builder.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.Append('>').ToString();
    }

    /// <summary>A PDF date, D:YYYYMMDDHHmmSS+HH'mm', keeping the offset the time was recorded in.</summary>
    public static string Date(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var magnitude = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture,
            $"(D:{time:yyyyMMddHHmmss}{sign}{magnitude.Hours:00}'{magnitude.Minutes:00}')");
    }
}
