using System.Text;

namespace Mesh.Grains.Live;

/// <summary>
/// Writes dictation tokens back as text: one space between words, none before a mark, marks with nothing to punctuate
/// dropped, runs of marks reduced to the strongest ("clear, period" gives "clear."), unmatched or empty parentheses
/// dropped, and the first word of every sentence and line capitalised.
/// </summary>
internal static class DictationRenderer
{
    public static string Render(List<DictationToken> tokens, bool keepLeadingBreak)
    {
        var text = new StringBuilder();
        var sentenceStart = true;
        DictationToken? previous = null;
        foreach (var token in Tidy(tokens, keepLeadingBreak))
        {
            var spaced = previous is { } before && before.Kind != DictationTokenKind.Break && !before.IsMark('(');
            if (token.IsWord)
            {
                text.Append(spaced ? " " : string.Empty).Append(sentenceStart ? Capitalise(token.Text) : token.Text);
                sentenceStart = false;
            }
            else if (token.IsMark('('))
            {
                text.Append(spaced ? " (" : "(");
            }
            else
            {
                text.Append(token.Text);
                sentenceStart |= token.Kind == DictationTokenKind.Break || token.Text is "." or "?" or "!";
            }

            previous = token;
        }

        return text.ToString();
    }

    /// <summary>The first letter of <paramref name="word"/> in upper case (past any leading quote); digits stay.</summary>
    public static string Capitalise(string word)
    {
        var index = 0;
        foreach (var rune in word.EnumerateRunes())
        {
            if (Rune.IsLetter(rune))
            {
                var upper = Rune.ToUpperInvariant(rune);
                return upper == rune ? word : string.Concat(word.AsSpan(0, index), upper.ToString(), word.AsSpan(index + rune.Utf16SequenceLength));
            }

            if (Rune.IsDigit(rune))
            {
                return word;
            }

            index += rune.Utf16SequenceLength;
        }

        return word;
    }

    private static List<DictationToken> Tidy(List<DictationToken> tokens, bool keepLeadingBreak)
    {
        var tidy = new List<DictationToken>(tokens.Count);
        var open = 0;
        foreach (var token in tokens)
        {
            var last = tidy.Count > 0 ? tidy[^1] : (DictationToken?)null;
            if (token.Kind == DictationTokenKind.Break)
            {
                if (last is null && !keepLeadingBreak)
                {
                    continue;
                }

                if (last is { Kind: DictationTokenKind.Break })
                {
                    // Two line breaks in a row are a blank line, which is what a paragraph break is.
                    tidy[^1] = DictationToken.Break(paragraph: true);
                    continue;
                }

                tidy.Add(token);
            }
            else if (token.IsMark('('))
            {
                tidy.Add(token);
                open++;
            }
            else if (token.IsMark(')'))
            {
                if (open == 0)
                {
                    continue;
                }

                open--;
                DropTrailingSeparators(tidy);
                if (tidy.Count > 0 && tidy[^1].IsMark('('))
                {
                    tidy.RemoveAt(tidy.Count - 1);
                    continue;
                }

                tidy.Add(token);
            }
            else if (token.IsSentenceMark)
            {
                if (last is null || last.Value.Kind == DictationTokenKind.Break || last.Value.IsMark('('))
                {
                    continue;
                }

                if (last.Value.IsSentenceMark)
                {
                    tidy[^1] = Strength(token) > Strength(last.Value) ? token : last.Value;
                    continue;
                }

                tidy.Add(token);
            }
            else
            {
                tidy.Add(token);
            }
        }

        while (tidy.Count > 0 && (tidy[^1].Kind == DictationTokenKind.Break || tidy[^1].IsMark('(')))
        {
            tidy.RemoveAt(tidy.Count - 1);
        }

        return tidy;
    }

    private static void DropTrailingSeparators(List<DictationToken> tidy)
    {
        while (tidy.Count > 0 && tidy[^1].Kind == DictationTokenKind.Mark && tidy[^1].Text is "," or ";" or ":")
        {
            tidy.RemoveAt(tidy.Count - 1);
        }
    }

    private static int Strength(DictationToken mark) => mark.Text switch
    {
        "," => 1,
        ";" => 2,
        ":" => 3,
        "." => 4,
        "!" => 5,
        _ => 6,
    };
}
