using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace Mesh.WebFrontend.Fhir;

/// <summary>Reads FHIR R4 JSON into resources and writes resources back as <c>application/fhir+json</c>.</summary>
internal static class FhirJson
{
    public const string ContentType = "application/fhir+json";

    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings());
    private static readonly BaseFhirJsonSerializer Serializer = new(ModelInfo.ModelInspector);

    /// <summary>The resource, or the 400 issues that say where the body is wrong.</summary>
    public static (Resource? Resource, IReadOnlyList<FhirIssue> Issues) Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, [FhirIssue.Invalid("The body must be one FHIR resource (a JSON object).", "$")]);
            }

            if (!document.RootElement.TryGetProperty("resourceType", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return (null, [FhirIssue.Invalid("The resource has no resourceType.", "resourceType")]);
            }

            if (!ModelInfo.IsKnownResource(type.GetString()!))
            {
                return (null, [FhirIssue.Invalid($"Unknown resourceType '{type.GetString()}'.", "resourceType")]);
            }
        }
        catch (JsonException e)
        {
            return (null, [FhirIssue.Invalid($"Malformed JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}.", "$")]);
        }

        if (Deserializer.TryDeserializeResource(body, out var resource, out var problems) && resource is not null)
        {
            return (resource, []);
        }

        var issues = problems
            .Select(p => FhirIssue.Invalid(
                p is ExtendedCodedException extended ? extended.BaseErrorMessage : p.Message,
                p is ExtendedCodedException { InstancePath: { Length: > 0 } path } ? path : "$"))
            .ToList();
        return (null, issues.Count > 0 ? issues : [FhirIssue.Invalid("The resource could not be read.", "$")]);
    }

    public static IResult Result(Resource resource, int status, string? location = null) =>
        new FhirResult(Encoding.UTF8.GetBytes(Serializer.SerializeToString(resource)), status, location);

    public static OperationOutcome Outcome(IEnumerable<FhirIssue> issues) => new()
    {
        Issue = issues.Select(i => new OperationOutcome.IssueComponent
        {
            Severity = i.Severity,
            Code = i.Code,
            Diagnostics = i.Message,
            Expression = [i.Expression],
        }).ToList(),
    };

    private sealed class FhirResult(byte[] body, int status, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = ContentType + "; charset=utf-8";
            if (location is not null)
            {
                httpContext.Response.Headers.Location = location;
            }

            return httpContext.Response.Body.WriteAsync(body).AsTask();
        }
    }
}

/// <summary>One problem (or note) about the imported data, with the HTTP status it calls for and where it is.</summary>
internal sealed record FhirIssue(int Status, OperationOutcome.IssueSeverity Severity, OperationOutcome.IssueType Code, string Message, string Expression)
{
    public bool IsError => Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal;

    public static FhirIssue Invalid(string message, string expression) =>
        new(StatusCodes.Status400BadRequest, OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Invalid, message, expression);

    public static FhirIssue Unprocessable(string message, string expression) =>
        new(StatusCodes.Status422UnprocessableEntity, OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.NotFound, message, expression);

    public static FhirIssue Information(string message, string expression) =>
        new(StatusCodes.Status200OK, OperationOutcome.IssueSeverity.Information, OperationOutcome.IssueType.Informational, message, expression);

    /// <summary>400 when any issue is a 400, else the highest error status; 200 when there is no error.</summary>
    public static int StatusOf(IEnumerable<FhirIssue> issues)
    {
        var errors = issues.Where(i => i.IsError).Select(i => i.Status).ToList();
        return errors.Count == 0 ? StatusCodes.Status200OK
            : errors.Contains(StatusCodes.Status400BadRequest) ? StatusCodes.Status400BadRequest : errors.Max();
    }
}
