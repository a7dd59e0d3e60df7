using System.Globalization;
using System.Text;

namespace Mesh.Grains.AI.Offline;

/// <summary>Splits text into the 1- to 3-character grams the language detector compares, words padded with spaces.</summary>
internal static class CharacterNGrams
{
    public const int MaxLength = 3;

    /// <summary>Yields every gram of <paramref name="text"/>; <paramref name="letters"/> is how many letters it held.</summary>
    public static List<string> Extract(string text, out int letters)
    {
        var grams = new List<string>();
        letters = 0;
        foreach (var word in Words(text))
        {
            letters += word.Length;
            var padded = " " + word + " ";
            for (var length = 1; length <= MaxLength; length++)
            {
                for (var start = 0; start + length <= padded.Length; start++)
                {
                    var gram = padded.Substring(start, length);
                    if (gram != " ")
                    {
                        grams.Add(gram);
                    }
                }
            }
        }

        return grams;
    }

    private static IEnumerable<string> Words(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (builder.Length > 0)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }
}
