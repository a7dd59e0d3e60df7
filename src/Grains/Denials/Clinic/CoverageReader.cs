using System.Globalization;
using System.Text.Json;
using Mesh.Grains.Patients;

namespace Mesh.Grains.Denials.Clinic;

/// <summary>Reads coverage periods out of a patient's imported FHIR R4 Coverage resources.</summary>
public static class CoverageReader
{
    private static readonly string[] Void = ["cancelled", "entered-in-error"];

    /// <summary>
    /// One period per Coverage that is not cancelled or entered in error: <c>period.start</c>/<c>end</c> (open where
    /// absent) and the payer as the first <c>payor</c> identifier's value (null, any payer, when it names none).
    /// </summary>
    public static List<CoveragePeriod> Periods(IEnumerable<PatientResource> resources)
    {
        var periods = new List<CoveragePeriod>();
        foreach (var resource in resources.Where(resource => resource.ResourceType == "Coverage"))
        {
            using var json = JsonDocument.Parse(resource.Json);
            var coverage = json.RootElement;
            if (coverage.TryGetProperty("status", out var status) && Void.Contains(status.GetString()))
            {
                continue;
            }

            var period = coverage.TryGetProperty("period", out var found) ? found : default;
            periods.Add(new CoveragePeriod(Payer(coverage), Day(period, "start"), Day(period, "end")));
        }

        return periods;
    }

    private static string? Payer(JsonElement coverage) =>
        coverage.TryGetProperty("payor", out var payors) && payors.ValueKind == JsonValueKind.Array && payors.GetArrayLength() > 0
        && payors[0].TryGetProperty("identifier", out var identifier) && identifier.TryGetProperty("value", out var value)
            ? value.GetString()
            : null;

    // FHIR dates and dateTimes both begin with yyyy-MM-dd; a year or year-month alone is too coarse to judge by.
    private static DateOnly? Day(JsonElement period, string name) =>
        period.ValueKind == JsonValueKind.Object && period.TryGetProperty(name, out var value) && value.GetString() is { Length: >= 10 } text
        && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
