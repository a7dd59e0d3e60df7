using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>Says the canonical route and frequency words in the reader's language.</summary>
internal static class ScheduleWords
{
    private static readonly Dictionary<string, string> Hungarian = new(StringComparer.Ordinal)
    {
        ["oral"] = "szájon át",
        ["intravenous"] = "vénásan",
        ["intramuscular"] = "izomba",
        ["subcutaneous"] = "bőr alá",
        ["inhaled"] = "belélegezve",
        ["topical"] = "a bőrre kenve",
        ["sublingual"] = "nyelv alá",
        ["ophthalmic"] = "szemcseppként",
        ["nasal"] = "orrba",
        ["rectal"] = "végbélkúpként",
        ["transdermal"] = "tapaszként",
        ["once daily"] = "naponta egyszer",
        ["twice daily"] = "naponta kétszer",
        ["three times daily"] = "naponta háromszor",
        ["four times daily"] = "naponta négyszer",
        ["every 4 hours"] = "4 óránként",
        ["at night"] = "lefekvés előtt",
        ["in the morning"] = "reggel",
        ["in the evening"] = "este",
        ["as needed"] = "szükség esetén",
        ["once weekly"] = "hetente egyszer",
    };

    private static readonly Dictionary<string, string> EnglishRoutes = new(StringComparer.Ordinal)
    {
        ["oral"] = "by mouth",
        ["inhaled"] = "inhaled",
        ["topical"] = "on the skin",
        ["subcutaneous"] = "under the skin",
        ["intravenous"] = "into a vein",
        ["intramuscular"] = "into a muscle",
    };

    public static string? Route(string? route, string language) =>
        route is null ? null
        : Language.IsHungarian(language) ? Hungarian.GetValueOrDefault(route, route)
        : EnglishRoutes.GetValueOrDefault(route, route);

    public static string? Frequency(string? frequency, string language) =>
        frequency is null ? null
        : Language.IsHungarian(language) ? Hungarian.GetValueOrDefault(frequency, frequency)
        : frequency;
}
