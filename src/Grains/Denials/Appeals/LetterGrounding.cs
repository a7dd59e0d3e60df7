using System.Globalization;
using System.Text.RegularExpressions;

namespace Mesh.Grains.Denials.Appeals;

/// <summary>A sentence of a letter that states something the facts do not hold.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Unsupported">What in it is unsupported, e.g. <c>the amount $1,500.00</c>.</param>
public sealed record UngroundedSentence(string Sentence, string Unsupported);

/// <summary>
/// Checks that every amount, date, code and quotation of a letter is found in its facts. Quotations are checked first
/// and taken out, so a number inside a signed passage is not read again as a claim of the letter's own.
/// </summary>
public static partial class LetterGrounding
{
    /// <summary>The first sentence of <paramref name="letter"/> that states something <paramref name="facts"/> do not hold, or null.</summary>
    public static UngroundedSentence? FindUngrounded(AppealLetter letter, AppealFactSheet facts) =>
        new[] { letter.Subject }.Concat(letter.Paragraphs)
            .SelectMany(text => SentenceBreak().Split(text))
            .Where(sentence => !string.IsNullOrWhiteSpace(sentence))
            .Select(sentence => Check(sentence.Trim(), facts))
            .FirstOrDefault(finding => finding is not null);

    private static UngroundedSentence? Check(string sentence, AppealFactSheet facts)
    {
        var rest = sentence;
        foreach (Match quote in Quotation().Matches(sentence))
        {
            var text = quote.Groups["a"].Success ? quote.Groups["a"].Value : quote.Groups["b"].Value;
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && !facts.HoldsQuotation(text))
            {
                return new UngroundedSentence(sentence, $"the quotation \"{text}\"");
            }

            rest = rest.Replace(quote.Value, " ", StringComparison.Ordinal);
        }

        foreach (Match date in DateMention().Matches(rest))
        {
            if (!TryDate(date.Value, out var day) || !facts.Dates.Contains(day))
            {
                return new UngroundedSentence(sentence, $"the date {date.Value}");
            }
        }

        rest = DateMention().Replace(rest, " ");
        foreach (Match amount in Amount().Matches(rest))
        {
            var digits = amount.Value.Replace("$", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
            if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || !facts.Amounts.Contains(value))
            {
                return new UngroundedSentence(sentence, $"the amount {amount.Value.Trim()}");
            }
        }

        rest = Amount().Replace(rest, " ");
        foreach (Match reason in ReasonMention().Matches(rest))
        {
            if (!facts.Reasons.Contains(reason.Groups["code"].Value))
            {
                return new UngroundedSentence(sentence, $"the reason code {reason.Value.Trim()}");
            }
        }

        rest = ReasonMention().Replace(rest, " ");
        foreach (var token in rest.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries).Select(token => token.Trim('.', '-', '\'')))
        {
            // A code with its modifiers (99214-25) is grounded when each part is.
            if (!IsGrounded(token, facts) && !token.Split('-').All(part => IsGrounded(part, facts)))
            {
                return new UngroundedSentence(sentence, $"the code {token}");
            }
        }

        return null;
    }

    private static bool IsGrounded(string token, AppealFactSheet facts) =>
        token.Length < 3 || !token.Any(char.IsAsciiDigit) || Ordinal().IsMatch(token)
        || facts.Tokens.Contains(token) || facts.Tokens.Contains(token.Replace(".", string.Empty, StringComparison.Ordinal));

    private static readonly char[] TokenSeparators = [' ', ',', ';', ':', '(', ')', '[', ']', '/', '"', '“', '”', '!', '?', '\t', '\n', '#'];

    private static readonly string[] DateFormats = ["MMMM d, yyyy", "MMMM d yyyy", "yyyy-MM-dd", "M/d/yyyy", "MM/dd/yyyy", "MMM d, yyyy"];

    private static bool TryDate(string text, out DateOnly day) =>
        DateOnly.TryParseExact(Regex.Replace(text.Trim(), @"\s+", " "), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""“])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"""(?<a>[^""]+)""|“(?<b>[^”]+)”")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\b")]
    private static partial Regex DateMention();

    [GeneratedRegex(@"-?\$\s?-?\d[\d,]*(?:\.\d{1,2})?|\b\d{1,3}(?:,\d{3})*\.\d{2}\b|\b\d+\.\d{2}\b")]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b(?:(?:CARC|reason code|adjustment reason code|reason)s?\s*(?:#|no\.?)?\s*|(?:CO|PR|OA|PI|CR)\s?-\s?)(?<code>[A-Z]?\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonMention();

    [GeneratedRegex(@"^\d+(?:st|nd|rd|th)$")]
    private static partial Regex Ordinal();
}
