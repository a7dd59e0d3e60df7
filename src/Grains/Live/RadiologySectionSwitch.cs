using System.Text.RegularExpressions;

namespace Mesh.Grains.Live;

/// <summary>
/// A radiologist moves between report sections by saying their name first: "Findings: ...", "Impression: ...".
/// What follows goes to that section, and so does later dictation until the next switch.
/// </summary>
public static partial class RadiologySectionSwitch
{
    public static (string Section, string Dictation) Split(string text, string current)
    {
        var match = SectionWord().Match(text);
        if (!match.Success)
        {
            return (current, text.Trim());
        }

        var section = match.Groups["word"].Value.StartsWith("impression", StringComparison.OrdinalIgnoreCase)
            ? RadiologySections.Impressions
            : RadiologySections.Findings;
        return (section, text[match.Length..].Trim());
    }

    [GeneratedRegex(@"^\s*(?<word>findings?|impressions?)\b[\s,.:;-]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionWord();
}
