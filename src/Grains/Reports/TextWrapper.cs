using System.Text;

namespace Mesh.Grains.Reports;

/// <summary>
/// Greedy word wrap against a width in points. Widths are additive (PDFsharp does not kern), so each word is
/// measured once instead of re-measuring the growing line.
/// </summary>
internal static class TextWrapper
{
    // Tabs separate words like spaces; drawn as glyphs they would print as the font's missing-glyph box.
    private static readonly char[] WordSeparators = [' ', '\t'];

    public static List<string> Wrap(string text, double maxWidth, ReportFont font)
    {
        var lines = new List<string>();
        var space = font.Measure(" ");
        var current = new StringBuilder();
        foreach (var rawLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            current.Clear();
            var currentWidth = 0.0;
            foreach (var word in rawLine.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = font.Measure(word);
                if (current.Length > 0 && currentWidth + space + wordWidth <= maxWidth)
                {
                    current.Append(' ').Append(word);
                    currentWidth += space + wordWidth;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                }

                var (rest, restWidth) = wordWidth <= maxWidth ? (word, wordWidth) : BreakLongWord(word, maxWidth, font, lines);
                current.Append(rest);
                currentWidth = restWidth;
            }

            lines.Add(current.ToString());
        }

        return lines;
    }

    // A word wider than the column (a long code or URL) is split by characters rather than running off the page.
    private static (string Remainder, double Width) BreakLongWord(string word, double maxWidth, ReportFont font, List<string> lines)
    {
        var start = 0;
        var width = 0.0;
        var index = 0;
        foreach (var rune in word.EnumerateRunes())
        {
            var runeWidth = font.Measure(word.Substring(index, rune.Utf16SequenceLength));
            if (index > start && width + runeWidth > maxWidth)
            {
                lines.Add(word[start..index]);
                start = index;
                width = 0;
            }

            width += runeWidth;
            index += rune.Utf16SequenceLength;
        }

        return (word[start..], width);
    }
}
