using System.Globalization;

namespace Mesh.Grains.Denials.Appeals;

/// <summary>How letters write amounts and dates, so that the grounding check reads back what the templates write.</summary>
public static class LetterFormat
{
    /// <summary>US dollars with cents, e.g. <c>$1,450.00</c>.</summary>
    public static string Money(decimal amount) => amount.ToString("$#,##0.00;-$#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>A date as a US letter writes it, e.g. <c>March 3, 2025</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>An ICD-10-CM code with its dot, e.g. <c>E11.9</c> for <c>E119</c>.</summary>
    public static string Diagnosis(string code) => code.Length > 3 && !code.Contains('.', StringComparison.Ordinal) ? $"{code[..3]}.{code[3..]}" : code;
}
