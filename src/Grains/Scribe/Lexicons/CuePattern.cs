using System.Text.RegularExpressions;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>
/// Builds a whole-word regex from readable cue phrases: accents are folded away, a trailing <c>*</c> takes
/// any word ending ("prescrib*" for prescribe, prescribed, prescribing) and a space takes any run of spaces.
/// </summary>
internal static class CuePattern
{
    public static Regex Of(params string[] phrases)
    {
        var alternatives = phrases
            .Select(TextFolding.Fold)
            .OrderByDescending(p => p.Length)
            .Select(p => string.Join(@"\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word)));
        return new Regex(
            $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private static string Word(string word) =>
        word.EndsWith('*') ? Regex.Escape(word[..^1]) + @"\p{L}*" : Regex.Escape(word);
}
