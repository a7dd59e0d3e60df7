namespace Mesh.Grains.Scribe.Text;

/// <summary>Reads the language tags the clinic sends ("hu", "hu-HU", "en-US") down to what the lexicons know.</summary>
internal static class Language
{
    public const string English = "en";
    public const string Hungarian = "hu";

    public static string Normalize(string? tag)
    {
        var primary = (tag ?? string.Empty).Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "hungarian" or "magyar" => Hungarian,
            "english" => English,
            _ => primary,
        };
    }

    public static bool IsHungarian(string? tag) => Normalize(tag) == Hungarian;
}
