using System.Text;

namespace Mesh.Grains.Live;

/// <summary>
/// Splits dictated text into words, punctuation marks and line breaks. A point between two letters or digits, and a
/// comma or colon between two digits, stays inside its word ("3.5", "1,000", "10:30", "e.g"), so numbers survive.
/// </summary>
internal static class DictationLexer
{
    public static List<DictationToken> Tokenize(string text)
    {
        var tokens = new List<DictationToken>();
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Flush(word, tokens);
                tokens.Add(DictationToken.Break(paragraph: false));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush(word, tokens);
            }
            else if (IsMark(c) && !InsideWord(text, i))
            {
                Flush(word, tokens);
                tokens.Add(DictationToken.Mark(c));
            }
            else
            {
                word.Append(c);
            }
        }

        Flush(word, tokens);
        return tokens;
    }

    private static bool IsMark(char c) => c is ',' or ';' or ':' or '.' or '?' or '!' or '(' or ')';

    private static bool InsideWord(string text, int i)
    {
        if (i == 0 || i + 1 >= text.Length)
        {
            return false;
        }

        var (before, after) = (text[i - 1], text[i + 1]);
        return text[i] switch
        {
            '.' => (char.IsDigit(before) && char.IsDigit(after)) || (char.IsLetter(before) && char.IsLetter(after)),
            ',' or ':' => char.IsDigit(before) && char.IsDigit(after),
            _ => false,
        };
    }

    private static void Flush(StringBuilder word, List<DictationToken> tokens)
    {
        if (word.Length > 0)
        {
            tokens.Add(DictationToken.Word(word.ToString()));
            word.Clear();
        }
    }
}
