using System.Text.RegularExpressions;

namespace Mesh.Grains.Live;

/// <summary>
/// Offline editing of radiology dictation: findings grow sentence by sentence, impressions are cleaned of fillers and
/// stutters. Both apply <see cref="SpokenPunctuation"/>; neither changes a word that was meant.
/// </summary>
public static partial class RadiologyDictation
{
    // Repeats that grammar allows ("that that", "had had") stay; numbers stay, since "5 5 mm" may be a misheard "5.5".
    private static readonly HashSet<string> MeaningfulRepeats = new(StringComparer.OrdinalIgnoreCase) { "that", "had" };

    /// <summary>
    /// <paramref name="currentFindings"/> with <paramref name="dictation"/> appended as a new sentence: spoken punctuation
    /// applied, capitalised, ending with a period; a dictation opening with "new line" or "new paragraph" starts one.
    /// A dictation with no words leaves the findings as they are.
    /// </summary>
    public static string MergeFindings(string currentFindings, string dictation)
    {
        ArgumentNullException.ThrowIfNull(currentFindings);
        ArgumentNullException.ThrowIfNull(dictation);
        // The dictation continues the findings, so a "period" it opens with is the mark, not the word.
        var tokens = SpokenPunctuation.Convert(DictationLexer.Tokenize(dictation), continuesText: true);
        var addition = DictationRenderer.Render(tokens, keepLeadingBreak: true);
        var said = addition.TrimStart('\n');
        if (!said.Any(char.IsLetterOrDigit))
        {
            return currentFindings;
        }

        var sentence = EndSentence(DictationRenderer.Capitalise(said));
        var current = currentFindings.TrimEnd();
        if (!current.Any(char.IsLetterOrDigit))
        {
            return sentence;
        }

        var separator = addition.Length > said.Length ? addition[..(addition.Length - said.Length)] : " ";
        return (current.EndsWith(':') ? current : EndSentence(current)) + separator + sentence;
    }

    /// <summary>
    /// <paramref name="dictation"/> as clean impressions: fillers ("um", "uh", "öö") and words said twice in a row
    /// ("the the") removed, spoken punctuation applied, sentences capitalised, the last one ended.
    /// </summary>
    public static string CleanImpressions(string dictation)
    {
        ArgumentNullException.ThrowIfNull(dictation);
        var tokens = SpokenPunctuation.Convert(DictationLexer.Tokenize(dictation));
        var cleaned = DictationRenderer.Render(WithoutRepeats(WithoutFillers(tokens)), keepLeadingBreak: false);
        return cleaned.Any(char.IsLetterOrDigit) ? EndSentence(cleaned) : string.Empty;
    }

    /// <summary><paramref name="text"/> ending with . ? or !: a trailing , ; or : becomes a period, otherwise one is added.</summary>
    internal static string EndSentence(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0 || trimmed[^1] is '.' or '?' or '!')
        {
            return trimmed;
        }

        return trimmed[^1] is ',' or ';' or ':' ? trimmed[..^1].TrimEnd() + "." : trimmed + ".";
    }

    private static List<DictationToken> WithoutFillers(List<DictationToken> tokens)
    {
        var kept = new List<DictationToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && IsFiller(tokens[i].Text))
            {
                // The comma after a filler belongs to the hesitation ("Um, the lungs"); the one before may be a real separator.
                if (i + 1 < tokens.Count && tokens[i + 1].IsMark(','))
                {
                    i++;
                }

                continue;
            }

            kept.Add(tokens[i]);
        }

        return kept;
    }

    private static List<DictationToken> WithoutRepeats(List<DictationToken> tokens)
    {
        var kept = new List<DictationToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.IsWord && kept.Count > 0 && kept[^1].IsWord
                && string.Equals(kept[^1].Text, token.Text, StringComparison.OrdinalIgnoreCase)
                && token.Text.Any(char.IsLetter) && !token.Text.Any(char.IsDigit) && !MeaningfulRepeats.Contains(token.Text))
            {
                continue;
            }

            kept.Add(token);
        }

        return kept;
    }

    // "ER" in capitals is the emergency room, not a hesitation; "mm" is millimetres and "ő" a pronoun, so neither is listed.
    private static bool IsFiller(string word) =>
        Filler().IsMatch(word) && !(word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)));

    [GeneratedRegex(@"^(?:u+m+|u+h+|u+h+m+|e+r+m+|e+r+|a+h+|h+m+|e+h+|ö{2,}|ő{2,}|ö+h*m+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Filler();
}
