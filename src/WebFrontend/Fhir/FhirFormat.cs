using System.Text;
using System.Text.Json;
using System.Xml;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace Mesh.WebFrontend.Fhir;

/// <summary>
/// Reads FHIR R4 JSON or XML into resources (Firely's parsers, which also check the R4 structure: cardinality,
/// codes, primitive formats) and writes resources back as <c>application/fhir+json</c> or <c>application/fhir+xml</c>.
/// </summary>
internal static class FhirFormat
{
    public const string Json = "application/fhir+json";
    public const string Xml = "application/fhir+xml";

    // Lenient only where no data is lost (a single value where R4 wants a list, a time with a zone, as real EHR and
    // Synthea exports have); unknown elements, wrong types, bad codes and missing required elements still fail.
    // PVAL127: one value where a list is expected; PVAL124: a time literal with a zone.
    private static readonly DeserializerSettings Settings = new DeserializerSettings().Ignoring(["PVAL127", "PVAL124"]);
    private static readonly FhirJsonDeserializer JsonDeserializer = new(Settings);
    private static readonly FhirXmlDeserializer XmlDeserializer = new(Settings);
    private static readonly BaseFhirJsonSerializer JsonSerializer = new(ModelInfo.ModelInspector);
    private static readonly BaseFhirXmlSerializer XmlSerializer = new(ModelInfo.ModelInspector);

    /// <summary>Whether a Content-Type names FHIR XML; null when it names neither FHIR format.</summary>
    public static bool? IsXml(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        Json or "application/json" => false,
        Xml or "application/xml" or "text/xml" => true,
        _ => null,
    };

    /// <summary>XML when the caller asks for it (<c>_format</c> or Accept), JSON otherwise.</summary>
    public static bool WantsXml(HttpRequest request)
    {
        var format = request.Query["_format"].ToString();
        if (format.Length > 0)
        {
            return format.Contains("xml", StringComparison.OrdinalIgnoreCase);
        }

        var accept = request.Headers.Accept.ToString();
        return accept.Contains("xml", StringComparison.OrdinalIgnoreCase) && !accept.Contains("json", StringComparison.OrdinalIgnoreCase)
            || accept.Length == 0 && IsXml(request.ContentType) == true;
    }

    /// <summary>The resource, or the 400 issues that say where the body is wrong.</summary>
    public static (Resource? Resource, IReadOnlyList<FhirIssue> Issues) Parse(string body, bool xml)
    {
        var type = xml ? RootElementName(body, out var problem) : ResourceTypeProperty(body, out problem);
        if (problem is not null)
        {
            return (null, [problem]);
        }

        if (!ModelInfo.IsKnownResource(type!))
        {
            return (null, [FhirIssue.Invalid($"Unknown resourceType '{type}'.", "resourceType")]);
        }

        var read = xml
            ? XmlDeserializer.TryDeserializeResource(body, out var resource, out var problems)
            : JsonDeserializer.TryDeserializeResource(body, out resource, out problems);
        if (read && resource is not null)
        {
            return (resource, []);
        }

        var issues = problems
            .Select(p => FhirIssue.Invalid(
                p is ExtendedCodedException extended ? $"{extended.BaseErrorMessage} ({extended.ErrorCode})" : p.Message,
                p is ExtendedCodedException { InstancePath: { Length: > 0 } path } ? path : type!))
            .ToList();
        return (null, issues.Count > 0 ? issues : [FhirIssue.Invalid("The resource could not be read.", type!)]);
    }

    public static string ToJson(Resource resource) => JsonSerializer.SerializeToString(resource);

    public static Resource FromJson(string json) => JsonDeserializer.DeserializeResource(json);

    /// <summary>The resource in the format the caller asked for.</summary>
    public static IResult Result(HttpRequest request, Resource resource, int status, string? location = null) =>
        WantsXml(request)
            ? new FhirResult(Encoding.UTF8.GetBytes(XmlSerializer.SerializeToString(resource)), Xml, status, location)
            : new FhirResult(Encoding.UTF8.GetBytes(JsonSerializer.SerializeToString(resource)), Json, status, location);

    /// <summary>FHIR JSON already written (a bundle assembled from stored resources).</summary>
    public static IResult JsonResult(byte[] body, int status) => new FhirResult(body, Json, status, null);

    public static IResult Outcome(HttpRequest request, int status, IEnumerable<FhirIssue> issues) =>
        Result(request, FhirIssue.Outcome(issues), status);

    private static string? ResourceTypeProperty(string body, out FhirIssue? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = FhirIssue.Invalid("The body must be one FHIR resource (a JSON object).", "$");
                return null;
            }

            if (!document.RootElement.TryGetProperty("resourceType", out var type) || type.ValueKind != JsonValueKind.String)
            {
                problem = FhirIssue.Invalid("The resource has no resourceType.", "resourceType");
                return null;
            }

            return type.GetString();
        }
        catch (JsonException e)
        {
            problem = FhirIssue.Invalid($"Malformed JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}.", "$");
            return null;
        }
    }

    private static string? RootElementName(string body, out FhirIssue? problem)
    {
        problem = null;
        try
        {
            // No DTD, no external entities: the body is untrusted.
            using var reader = XmlReader.Create(new StringReader(body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            reader.MoveToContent();
            if (reader.NamespaceURI != "http://hl7.org/fhir")
            {
                problem = FhirIssue.Invalid("The root element is not in the FHIR namespace (http://hl7.org/fhir).", reader.LocalName);
                return null;
            }

            var name = reader.LocalName;
            while (reader.Read())
            {
                // Read to the end so malformed XML anywhere is reported with its line, before the FHIR parser sees it.
            }

            return name;
        }
        catch (XmlException e)
        {
            problem = FhirIssue.Invalid($"Malformed XML at line {e.LineNumber}, position {e.LinePosition}.", "$");
            return null;
        }
    }

    private sealed class FhirResult(byte[] body, string contentType, int status, string? location) : IResult
    {
        public System.Threading.Tasks.Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = contentType + "; charset=utf-8";
            if (location is not null)
            {
                httpContext.Response.Headers.Location = location;
            }

            return httpContext.Response.Body.WriteAsync(body).AsTask();
        }
    }
}
