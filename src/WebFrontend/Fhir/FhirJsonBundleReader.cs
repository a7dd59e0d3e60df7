using System.Text.Json;
using Hl7.Fhir.Model;

namespace Mesh.WebFrontend.Fhir;

/// <summary>
/// Reads a JSON Bundle entry by entry, the entries' resources in parallel: Firely's parser is the cost of an import,
/// and a patient bundle of a few hundred resources parses twice as fast on two cores. Every issue keeps its place
/// in the whole bundle (<c>Bundle.entry[i].resource...</c>).
/// </summary>
internal static class FhirJsonBundleReader
{
    private const string ShellId = "mesh-entry-without-fields";

    public static (Resource? Resource, IReadOnlyList<FhirIssue> Issues) Read(JsonElement root)
    {
        var resources = root.TryGetProperty("entry", out var entries) && entries.ValueKind == JsonValueKind.Array
            ? entries.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("resource", out var r) ? r.GetRawText() : null).ToArray()
            : [];
        var (shell, shellIssues) = FhirFormat.ParseOne(Shell(root), "Bundle");
        var parsed = new (Resource? Resource, IReadOnlyList<FhirIssue> Issues)[resources.Length];
        Parallel.For(0, resources.Length, i => parsed[i] = resources[i] is { } raw ? FhirFormat.ParseOne(raw, null) : (null, []));

        var issues = shellIssues.ToList();
        for (var i = 0; i < parsed.Length; i++)
        {
            var prefix = $"Bundle.entry[{i}].resource";
            issues.AddRange(parsed[i].Issues.Select(issue => issue with { Expression = Within(prefix, issue.Expression) }));
        }

        if (issues.Count > 0 || shell is not Bundle bundle)
        {
            return (null, issues.Count > 0 ? issues : [FhirIssue.Invalid("The bundle could not be read.", "Bundle")]);
        }

        for (var i = 0; i < parsed.Length && i < bundle.Entry.Count; i++)
        {
            bundle.Entry[i].Resource = parsed[i].Resource;
            if (bundle.Entry[i].ElementId == ShellId)
            {
                bundle.Entry[i].ElementId = null;
            }
        }

        return (bundle, []);
    }

    /// <summary>The bundle without its entries' resources, for the parser to check the bundle's own elements.</summary>
    private static string Shell(JsonElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name != "entry" || property.Value.ValueKind != JsonValueKind.Array)
                {
                    property.WriteTo(writer);
                    continue;
                }

                writer.WriteStartArray("entry");
                foreach (var entry in property.Value.EnumerateArray())
                {
                    if (entry.ValueKind != JsonValueKind.Object)
                    {
                        entry.WriteTo(writer);
                        continue;
                    }

                    writer.WriteStartObject();
                    var fields = entry.EnumerateObject().Where(f => f.Name != "resource").ToList();
                    foreach (var field in fields)
                    {
                        field.WriteTo(writer);
                    }

                    if (fields.Count == 0)
                    {
                        // FHIR JSON has no empty objects: an entry that was only its resource keeps a placeholder
                        // element id, removed again after parsing.
                        writer.WriteString("id", ShellId);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>An issue's location within a resource, placed within the bundle entry that holds it.</summary>
    private static string Within(string prefix, string expression)
    {
        var dot = expression.IndexOf('.', StringComparison.Ordinal);
        return expression is "$" or "resourceType" || dot < 0 ? $"{prefix}{(expression is "$" ? "" : "." + expression)}"
            : char.IsUpper(expression[0]) ? prefix + expression[dot..]
            : $"{prefix}.{expression}";
    }
}
