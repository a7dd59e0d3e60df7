using System.Text.RegularExpressions;

namespace Mesh.Grains.Scribe.Text;

/// <summary>
/// Decides whether a fact's key term is said in a quote, ignoring case and accents. Words may carry
/// endings or sit inside a compound ("fájdalom" in "mellkasfájdalom", "dizziness" for "dizzy"), because
/// Hungarian inflects and English derives; a different drug or symptom still fails.
/// </summary>
internal static class KeyTerm
{
    private const int MinStem = 4;

    private static readonly Regex NumberPattern = new(@"\d+(?:[.,]\d+)?", RegexOptions.CultureInvariant);

    private static readonly Regex WordPattern = new(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant);

    public static bool OccursIn(string term, string quote)
    {
        var foldedTerm = TextFolding.Fold(term).Trim();
        var foldedQuote = TextFolding.Fold(quote);
        if (foldedTerm.Length == 0)
        {
            return false;
        }

        if (foldedQuote.Contains(foldedTerm, StringComparison.Ordinal))
        {
            return true;
        }

        var quoteWords = Words(foldedQuote);
        var termWords = Words(foldedTerm).Where(w => w.Length > 2).ToList();
        return termWords.Count > 0 && termWords.All(w => quoteWords.Any(q => Matches(w, q)));
    }

    /// <summary>
    /// A drug or allergen name is said as a whole word, allowing Hungarian endings and the Hungarian
    /// spelling that drops a final e ("amlodipint" for amlodipine); "prednisone" is not found in "prednisolone".
    /// </summary>
    public static bool NameOccursIn(string name, string quote)
    {
        var folded = TextFolding.Fold(name).Trim();
        if (folded.Length == 0)
        {
            return false;
        }

        var body = string.Join(@"\s+", folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        if (folded.Length > MinStem && folded.EndsWith('e'))
        {
            body = body[..^1] + "e?";
        }

        var pattern = $@"(?<![\p{{L}}\p{{N}}]){body}{Inflection.Hungarian}(?!\p{{L}})";
        return Regex.IsMatch(TextFolding.Fold(quote), pattern, RegexOptions.CultureInvariant);
    }

    /// <summary>Every number in the value appears as a number in the quote ("120/80" in "120 over 80").</summary>
    public static bool NumbersOccurIn(string value, string quote)
    {
        var valueNumbers = Numbers(value);
        var quoteNumbers = Numbers(quote);
        return valueNumbers.Count > 0 && valueNumbers.All(quoteNumbers.Contains);
    }

    private static bool Matches(string termWord, string quoteWord)
    {
        if (quoteWord.Contains(termWord, StringComparison.Ordinal))
        {
            return true;
        }

        var shared = 0;
        while (shared < termWord.Length && shared < quoteWord.Length && termWord[shared] == quoteWord[shared])
        {
            shared++;
        }

        return shared >= Math.Max(MinStem, termWord.Length / 2);
    }

    private static List<string> Words(string text) =>
        WordPattern.Matches(text).Select(m => m.Value).ToList();

    private static HashSet<string> Numbers(string text)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in NumberPattern.Matches(text))
        {
            numbers.Add(m.Value.Replace(',', '.'));
        }

        return numbers;
    }
}
