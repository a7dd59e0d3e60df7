using System.Text.Json;
using Mesh.Grains.Patients;

namespace Mesh.Grains.Agents.Tools;

/// <summary>A FHIR R4 Procedure kept with the patient, in the words a tool answers with: what, when, and its resource id.</summary>
internal static class FhirProcedure
{
    public static string Describe(PatientResource resource)
    {
        using var json = JsonDocument.Parse(resource.Json);
        var root = json.RootElement;
        var code = root.TryGetProperty("code", out var c) ? c : default;
        var what = code.ValueKind == JsonValueKind.Object && code.TryGetProperty("text", out var text) ? text.GetString()
            : code.ValueKind == JsonValueKind.Object && code.TryGetProperty("coding", out var coding) && coding.GetArrayLength() > 0
                ? Coding(coding[0])
                : null;
        var when = root.TryGetProperty("performedDateTime", out var at) ? at.GetString()
            : root.TryGetProperty("performedPeriod", out var period) && period.TryGetProperty("start", out var start) ? start.GetString()
            : null;
        return $"{what ?? "unnamed procedure"}{(when is null ? "" : $" on {when[..Math.Min(10, when.Length)]}")} (Procedure/{resource.Id})";
    }

    private static string? Coding(JsonElement coding) =>
        coding.TryGetProperty("display", out var display) ? display.GetString()
        : coding.TryGetProperty("code", out var code) ? code.GetString()
        : null;
}
