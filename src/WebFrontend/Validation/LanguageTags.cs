using System.Text.RegularExpressions;

namespace Mesh.WebFrontend.Validation;

/// <summary>BCP 47-style language tags as Mesh accepts them: en, hu, pt-BR.</summary>
public static partial class LanguageTags
{
    public static bool IsValid(string? tag) => tag is not null && Tag().IsMatch(tag);

    /// <summary>The language of a valid tag, as the AI providers take it (ISO 639-1): "pt-BR" is "pt".</summary>
    public static string Primary(string tag) => tag.Split('-')[0].ToLowerInvariant();

    // \z, not $: $ would also accept a trailing newline.
    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
