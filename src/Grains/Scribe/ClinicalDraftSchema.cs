using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mesh.Grains.Scribe;

/// <summary>
/// The JSON schema a chat provider must answer with (strict mode: every field required, nothing extra), so its draft
/// parses into <see cref="ClinicalDraft"/> and every item carries evidence spans.
/// </summary>
internal static class ClinicalDraftSchema
{
    public static JsonElement Schema { get; } = JsonSerializer.SerializeToElement(Build());

    private static JsonObject Build()
    {
        var textItem = Item(("text", Str()));
        return Obj(
            ("chiefComplaint", Nullable(textItem)),
            ("symptoms", Arr(Item(("name", Str()), ("negated", new JsonObject { ["type"] = "boolean" }), ("duration", NullableStr())))),
            ("vitals", Arr(Item(("kind", Enum("bloodPressure", "heartRate", "temperature", "respiratoryRate", "oxygenSaturation", "weight", "height", "glucose")), ("value", Str()), ("unit", NullableStr())))),
            ("medications", Arr(Item(("name", Str()), ("dose", NullableStr()), ("route", NullableStr()), ("frequency", NullableStr()), ("status", Enum("current", "started", "stopped", "changed"))))),
            ("allergies", Arr(Item(("substance", Str()), ("reaction", NullableStr())))),
            ("diagnoses", Arr(Item(("text", Str()), ("icd10", NullableStr())))),
            ("plan", Arr(Item(("text", Str())))),
            ("followUp", Nullable(Item(("text", Str())))),
            ("actionables", Arr(Item(("kind", Enum("prescription", "followUp", "order", "referral", "note")), ("text", Str())))));
    }

    // Every item carries its evidence: the segment and the character span the fact was read from.
    private static JsonObject Item(params (string Name, JsonNode Schema)[] fields) =>
        Obj([.. fields, ("evidence", Arr(Obj(("segmentId", Str()), ("start", Int()), ("end", Int()), ("quote", Str()))))]);

    private static JsonObject Obj(params (string Name, JsonNode Schema)[] fields)
    {
        var properties = new JsonObject();
        foreach (var (name, schema) in fields)
        {
            properties[name] = schema;
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. fields.Select(f => (JsonNode)JsonValue.Create(f.Name))]),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Arr(JsonNode items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonObject Str() => new() { ["type"] = "string" };

    private static JsonObject NullableStr() => new() { ["type"] = new JsonArray("string", "null") };

    private static JsonObject Int() => new() { ["type"] = "integer" };

    private static JsonObject Enum(params string[] values) => new() { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]) };

    private static JsonObject Nullable(JsonObject schema) => new() { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
}
