using System.Globalization;
using System.Text;

namespace Mesh.Grains.Scribe.Text;

/// <summary>
/// Folds text to lower case without diacritics, one character for one character, so that an index
/// into the folded text is the same index into the original and evidence spans stay exact.
/// </summary>
internal static class TextFolding
{
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(FoldChar(c));
        }

        return folded.ToString();
    }

    private static char FoldChar(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        if (c is '\u2019' or '\u2018')
        {
            return '\'';
        }

        if (c is '\u00b5' or '\u03bc')
        {
            return 'µ';
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var baseChar = decomposed[0];
        return CharUnicodeInfo.GetUnicodeCategory(baseChar) == UnicodeCategory.NonSpacingMark
            ? char.ToLowerInvariant(c)
            : char.ToLowerInvariant(baseChar);
    }
}
