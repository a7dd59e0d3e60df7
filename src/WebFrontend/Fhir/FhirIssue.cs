using Hl7.Fhir.Model;

namespace Mesh.WebFrontend.Fhir;

/// <summary>One problem (or note) about the imported data, with the HTTP status it calls for and where it is.</summary>
internal sealed record FhirIssue(int Status, OperationOutcome.IssueSeverity Severity, OperationOutcome.IssueType Code, string Message, string Expression)
{
    public bool IsError => Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal;

    public static FhirIssue Invalid(string message, string expression) =>
        new(StatusCodes.Status400BadRequest, OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Invalid, message, expression);

    public static FhirIssue Unprocessable(string message, string expression) =>
        new(StatusCodes.Status422UnprocessableEntity, OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.NotFound, message, expression);

    public static FhirIssue Conflict(string message, string expression) =>
        new(StatusCodes.Status409Conflict, OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Conflict, message, expression);

    public static FhirIssue NotFound(string message, string expression) =>
        new(StatusCodes.Status404NotFound, OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.NotFound, message, expression);

    public static FhirIssue Information(string message, string expression) =>
        new(StatusCodes.Status200OK, OperationOutcome.IssueSeverity.Information, OperationOutcome.IssueType.Informational, message, expression);

    /// <summary>400 when any issue is a 400, else the highest error status; 200 when there is no error.</summary>
    public static int StatusOf(IEnumerable<FhirIssue> issues)
    {
        var errors = issues.Where(i => i.IsError).Select(i => i.Status).ToList();
        return errors.Count == 0 ? StatusCodes.Status200OK
            : errors.Contains(StatusCodes.Status400BadRequest) ? StatusCodes.Status400BadRequest : errors.Max();
    }

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
}
