using System.Text.RegularExpressions;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>
/// Patterns for vital signs on folded text (lower case, no accents). Each has a value group <c>v</c>
/// (and <c>v2</c> for blood pressure) and an optional unit group <c>u</c>.
/// </summary>
internal static class VitalPatterns
{
    private const string Gap = @"[^\d.!?]{0,28}?";
    private const string Decimal = @"\d{2,3}(?:[.,]\d)?";

    public static IReadOnlyList<(VitalKind Kind, Regex Pattern)> All { get; } =
    [
        (VitalKind.BloodPressure, Of($@"(?:blood pressure|bp|vernyomas\p{{L}}*)(?![\p{{L}}]){Gap}(?<v>\d{{2,3}})\s*(?:/|over|per)\s*(?<v2>\d{{2,3}})(?:\s*(?<u>mm\s?hg|hgmm|millimeters? of mercury))?")),
        (VitalKind.BloodPressure, Of(@"(?<v>\d{2,3})\s*/\s*(?<v2>\d{2,3})\s*(?<u>mm\s?hg|hgmm)")),
        (VitalKind.HeartRate, Of($@"(?:heart rate|pulse(?!\s+ox)|hr|pulzus\p{{L}}*|szivfrekvencia\p{{L}}*)(?![\p{{L}}]){Gap}(?<v>\d{{2,3}})(?:\s*(?<u>bpm|beats per minute|beats a minute|per minute|/min|percenkent|/perc))?")),
        (VitalKind.HeartRate, Of(@"(?<v>\d{2,3})\s*(?<u>bpm|beats per minute|beats a minute)")),
        (VitalKind.Temperature, Of($@"(?:temperature|temp|fever of|testho\p{{L}}*|homerseklet\p{{L}}*|laz\p{{L}}*)(?![\p{{L}}]){Gap}(?<v>{Decimal})(?:\s*(?<u>°\s*[cf]?|degrees?(?:\s+(?:celsius|fahrenheit))?|fok\p{{L}}*|celsius|fahrenheit))?")),
        (VitalKind.Temperature, Of($@"(?<v>{Decimal})\s*(?<u>°\s*[cf]?|degrees?(?:\s+(?:celsius|fahrenheit))?|fok\p{{L}}*)")),
        (VitalKind.RespiratoryRate, Of($@"(?:respiratory rate|resp rate|respirations|breathing rate|legzesszam\p{{L}}*)(?![\p{{L}}]){Gap}(?<v>\d{{1,2}})(?:\s*(?<u>breaths per minute|breaths a minute|/min|per minute|percenkent|/perc))?")),
        (VitalKind.RespiratoryRate, Of(@"(?<v>\d{1,2})\s*(?<u>breaths per minute|breaths a minute)")),
        (VitalKind.OxygenSaturation, Of($@"(?:oxygen saturation|o2 sat\p{{L}}*|oxygen sat\p{{L}}*|oxygen level|sats|saturation|spo2|sp02|pulse ox\p{{L}}*|oxigen\s?szaturacio\p{{L}}*|szaturacio\p{{L}}*)(?![\p{{L}}]){Gap}(?<v>\d{{2,3}})\s*(?<u>%|percent|szazalek\p{{L}}*)?")),
        (VitalKind.OxygenSaturation, Of(@"(?<v>\d{2,3})\s*(?<u>%)\s+on room air")),
        (VitalKind.Weight, Of($@"(?:weight|weighs|weighing|weigh|suly\p{{L}}*|testsuly\p{{L}}*)(?![\p{{L}}]){Gap}(?<v>{Decimal})\s*(?<u>kg|kilograms?|kilos?|lbs?|pounds?|kilo\p{{L}}*|kilogramm\p{{L}}*)")),
        (VitalKind.Height, Of($@"(?:height|magassag\p{{L}}*|testmagassag\p{{L}}*)(?![\p{{L}}]){Gap}(?<v>\d{{3}}|[12][.,]\d{{1,2}})\s*(?<u>cm|centimeters?|centi|m|meters?|meter)")),
        (VitalKind.Height, Of(@"(?<v>\d{3}|[12][.,]\d{1,2})\s*(?<u>cm|centimeters?|centi|m|meters?|meter)\s+(?:tall|magas)")),
        (VitalKind.Glucose, Of($@"(?:glucose|blood sugars?|sugars?\s+(?:was|is|were|are|of|level|reading)|vercukor\p{{L}}*|vercukr\p{{L}}*|cukorszint\p{{L}}*|cukra)(?![\p{{L}}]){Gap}(?<v>\d{{1,3}}(?:[.,]\d)?)(?:\s*(?<u>mmol/l|mmol|mg/dl|mg per deciliter|milligrams per deciliter))?")),
    ];

    private static Regex Of(string pattern) =>
        new($@"(?<![\p{{L}}\p{{N}}]){pattern}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
