namespace Mesh.Grains.Scribe.Extraction;

/// <summary>Canonical units, the unit a bare number implies, and the ranges that rule out misreadings.</summary>
internal static class VitalUnits
{
    public static string? Canonical(VitalKind kind, string? said, double value)
    {
        var unit = said?.Replace(" ", string.Empty, StringComparison.Ordinal);
        return kind switch
        {
            VitalKind.BloodPressure => "mmHg",
            VitalKind.HeartRate => "bpm",
            VitalKind.RespiratoryRate => "/min",
            VitalKind.OxygenSaturation => "%",
            VitalKind.Temperature => unit is not null && (unit.EndsWith('f') || unit.StartsWith("fahr", StringComparison.Ordinal)) || value > 50 ? "°F" : "°C",
            VitalKind.Weight => unit is not null && (unit.StartsWith("lb", StringComparison.Ordinal) || unit.StartsWith("pound", StringComparison.Ordinal)) ? "lb" : "kg",
            VitalKind.Height => unit is not null && unit.StartsWith('c') ? "cm" : "m",
            VitalKind.Glucose => unit is not null && unit.StartsWith("mg", StringComparison.Ordinal) || unit is null && value >= 40 ? "mg/dL" : "mmol/L",
            _ => unit,
        };
    }

    public static bool IsPlausible(VitalKind kind, double value, string? unit) => kind switch
    {
        VitalKind.BloodPressure => value is >= 50 and <= 260,
        VitalKind.HeartRate => value is >= 20 and <= 250,
        VitalKind.Temperature => unit == "°F" ? value is >= 90 and <= 110 : value is >= 33 and <= 44,
        VitalKind.RespiratoryRate => value is >= 4 and <= 70,
        VitalKind.OxygenSaturation => value is >= 50 and <= 100,
        VitalKind.Weight => value is >= 2 and <= 400,
        VitalKind.Height => unit == "cm" ? value is >= 40 and <= 250 : value is >= 0.4 and <= 2.5,
        VitalKind.Glucose => value is >= 1 and <= 1000,
        _ => true,
    };
}
