namespace Mesh.Grains.Live;

/// <summary>
/// Turns punctuation said aloud into punctuation: "comma", "period"/"full stop", "question mark", "exclamation mark",
/// "colon", "semicolon", "new line", "new paragraph", "open/close parenthesis" (and the Hungarian "vessző",
/// "kérdőjel", "kettőspont", "új sor", "új bekezdés", …). Case-insensitive; fixes the spacing around marks and
/// capitalises each sentence. "Period", "colon" and "new line" are also words ("a period of", "the sigmoid colon", "a new
/// line of therapy"); after an article or a modifier, or before "of" or a verb, they stay words.
/// </summary>
public static class SpokenPunctuation
{
    private static readonly SpokenPhrase[] Phrases =
    [
        new(["new", "paragraph"], DictationToken.Break(paragraph: true), Contextual: true),
        new(["next", "paragraph"], DictationToken.Break(paragraph: true)),
        new(["új", "bekezdés"], DictationToken.Break(paragraph: true)),
        new(["new", "line"], DictationToken.Break(paragraph: false), Contextual: true),
        new(["next", "line"], DictationToken.Break(paragraph: false)),
        new(["newline"], DictationToken.Break(paragraph: false)),
        new(["új", "sor"], DictationToken.Break(paragraph: false)),
        new(["full", "stop"], DictationToken.Mark('.')),
        new(["fullstop"], DictationToken.Mark('.')),
        new(["question", "mark"], DictationToken.Mark('?')),
        new(["kérdőjel"], DictationToken.Mark('?')),
        new(["exclamation", "mark"], DictationToken.Mark('!')),
        new(["exclamation", "point"], DictationToken.Mark('!')),
        new(["felkiáltójel"], DictationToken.Mark('!')),
        new(["period"], DictationToken.Mark('.'), Contextual: true),
        new(["comma"], DictationToken.Mark(',')),
        new(["vessző"], DictationToken.Mark(',')),
        new(["semicolon"], DictationToken.Mark(';')),
        new(["semi", "colon"], DictationToken.Mark(';')),
        new(["pontosvessző"], DictationToken.Mark(';')),
        new(["colon"], DictationToken.Mark(':'), Contextual: true),
        new(["kettőspont"], DictationToken.Mark(':')),
        new(["open", "parenthesis"], DictationToken.Mark('(')),
        new(["open", "paren"], DictationToken.Mark('(')),
        new(["open", "bracket"], DictationToken.Mark('(')),
        new(["left", "parenthesis"], DictationToken.Mark('(')),
        new(["nyitó", "zárójel"], DictationToken.Mark('(')),
        new(["close", "parenthesis"], DictationToken.Mark(')')),
        new(["close", "paren"], DictationToken.Mark(')')),
        new(["close", "bracket"], DictationToken.Mark(')')),
        new(["closing", "parenthesis"], DictationToken.Mark(')')),
        new(["right", "parenthesis"], DictationToken.Mark(')')),
        new(["end", "parenthesis"], DictationToken.Mark(')')),
        new(["záró", "zárójel"], DictationToken.Mark(')')),
        new(["csukó", "zárójel"], DictationToken.Mark(')')),
    ];

    // Words after which a contextual phrase is a noun: "a period", "the sigmoid colon", "small bowel and colon".
    private static readonly HashSet<string> NounBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "each", "every", "any", "no", "and", "or", "of", "in", "per",
        "his", "her", "its", "their", "my", "your", "our", "whole", "entire", "same", "short", "long", "brief",
        "sigmoid", "transverse", "ascending", "descending", "right", "left", "proximal", "distal", "redundant", "spastic",
        "rectosigmoid", "trial", "waiting", "grace", "menstrual", "postoperative", "postpartum", "incubation", "latent",
        "refractory", "washout", "observation",
    };

    // Words before which a contextual phrase is a noun: "period of observation", "colon is unremarkable".
    private static readonly HashSet<string> NounAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "is", "was", "are", "were", "appears", "appear", "shows", "demonstrates", "wall", "walls", "cancer",
        "carcinoma", "mucosa", "polyp", "polyps", "and", "or", "with", "without",
    };

    /// <summary><paramref name="text"/> with its spoken punctuation applied, tidy spacing and capitalised sentences.</summary>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DictationRenderer.Render(Convert(DictationLexer.Tokenize(text)), keepLeadingBreak: false);
    }

    /// <summary>
    /// Replaces spoken punctuation words in <paramref name="tokens"/> by the marks and breaks they name.
    /// <paramref name="continuesText"/> says the tokens go on from earlier text, so one may open with a mark.
    /// </summary>
    internal static List<DictationToken> Convert(List<DictationToken> tokens, bool continuesText = false)
    {
        var converted = new List<DictationToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && Spoken(tokens, i, continuesText) is { } phrase)
            {
                converted.Add(phrase.Token);
                i += phrase.Words.Length - 1;
            }
            else
            {
                converted.Add(tokens[i]);
            }
        }

        return converted;
    }

    private static SpokenPhrase? Spoken(List<DictationToken> tokens, int start, bool continuesText)
    {
        foreach (var phrase in Phrases)
        {
            if (Matches(tokens, start, phrase.Words) && (!phrase.Contextual || MeansTheMark(tokens, start, phrase, continuesText)))
            {
                return phrase;
            }
        }

        return null;
    }

    private static bool Matches(List<DictationToken> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!tokens[start + k].IsWord || !string.Equals(tokens[start + k].Text, words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MeansTheMark(List<DictationToken> tokens, int start, SpokenPhrase phrase, bool continuesText)
    {
        // A text or a line cannot open with a mark, so there "period" or "colon" is the word; a break may open a dictation.
        var previous = start > 0 ? tokens[start - 1] : (DictationToken?)null;
        var opensText = previous is null && !continuesText;
        if (phrase.Token.Kind == DictationTokenKind.Mark && (opensText || previous is { Kind: DictationTokenKind.Break }))
        {
            return false;
        }

        var after = start + phrase.Words.Length;
        if (after < tokens.Count && tokens[after].IsWord && NounAfter.Contains(tokens[after].Text))
        {
            return false;
        }

        // After a mark ("clear, period") only the spoken mark makes sense; after a word, unless that word makes it a noun.
        return previous is not { IsWord: true } word || !NounBefore.Contains(word.Text);
    }

    /// <summary>Words said for a mark or break; a contextual one is also an ordinary word ("a new line of therapy").</summary>
    private sealed record SpokenPhrase(string[] Words, DictationToken Token, bool Contextual = false);
}
