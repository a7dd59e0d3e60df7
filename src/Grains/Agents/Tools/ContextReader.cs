namespace Mesh.Grains.Agents.Tools;

/// <summary>
/// Reads the record a message context points at through the caller's tools, so a context is checked exactly as a tool
/// call is: under the caller's clinic and roles. An item of a patient's list is found by its 1-based place.
/// </summary>
public static class ContextReader
{
    /// <summary>The tool whose whole result is the context's record (a patient's or a claim's); null for a list item.</summary>
    public static string? ToolOf(ChatContextRef context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Type switch
        {
            "PATIENT" => ClinicToolbox.PatientTool,
            "CLAIM" => ClinicToolbox.ClaimTool,
            _ => null,
        };
    }

    /// <summary>The context's record, or a not-found or denied result.</summary>
    public static async Task<ToolResult> ReadAsync(ClinicToolbox tools, ChatContextRef context)
    {
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Type == "PATIENT")
        {
            return await tools.PatientAsync(context.Id);
        }

        if (context.Type == "CLAIM")
        {
            return await tools.ClaimAsync(context.Id);
        }

        var slash = context.Id.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return ToolResult.Missing($"{context.Type} ids read patientId/n.");
        }

        var patientId = context.Id[..slash];
        var list = context.Type switch
        {
            "ALLERGY" => await tools.AllergiesAsync(patientId),
            "CONDITION" => await tools.ConditionsAsync(patientId),
            "OBSERVATION" => await tools.ObservationsAsync(patientId),
            "PROCEDURE" => await tools.ProceduresAsync(patientId),
            "ENCOUNTER" => await tools.EncountersAsync(patientId),
            _ => ToolResult.Missing($"{context.Type} is not a context type."),
        };
        if (!list.Found)
        {
            return list;
        }

        var resourceType = context.Type.ToLowerInvariant();
        var items = list.Citations.Where(c => c.ResourceType == resourceType).ToList();
        var item = items.FirstOrDefault(c => c.Id == context.Id || c.Id == context.Id[(slash + 1)..])
            ?? (int.TryParse(context.Id[(slash + 1)..], out var n) && n >= 1 && n <= items.Count && resourceType == "encounter" ? items[n - 1] : null);
        return item is null
            ? ToolResult.Missing($"No {resourceType} {context.Id} in this clinic.")
            : ToolResult.Of($"{context.Type} {context.Id} of patient {patientId}: {item.Label}.", item);
    }
}
