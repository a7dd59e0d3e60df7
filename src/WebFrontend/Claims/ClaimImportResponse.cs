using Mesh.Grains.Claims;
using Mesh.Grains.Denials;

namespace Mesh.WebFrontend.Claims;

/// <summary>POST /claims/x12: the interchange, each claim accepted or rejected with its errors, and the 999.</summary>
public sealed record ClaimImportResponse(
    InterchangeResponse? Interchange,
    IReadOnlyList<ClaimOutcomeResponse> Claims,
    IReadOnlyList<X12IssueResponse> Errors,
    string Acknowledgement,
    bool Duplicate,
    string? BatchId,
    int ClaimCount)
{
    public static ClaimImportResponse From(ClaimImportResult result) => new(
        InterchangeResponse.From(result.Interchange),
        [.. result.Claims.Select(ClaimOutcomeResponse.From)],
        [.. result.Errors.Select(X12IssueResponse.From)],
        result.Acknowledgement,
        result.Duplicate,
        result.BatchId,
        result.ClaimCount);
}

/// <summary>ISA13 and the trimmed sender and receiver ids.</summary>
public sealed record InterchangeResponse(string ControlNumber, string Sender, string Receiver)
{
    public static InterchangeResponse? From(X12Interchange? interchange) =>
        interchange is null ? null : new(interchange.ControlNumber, interchange.Sender, interchange.Receiver);
}

/// <summary>
/// One claim of the file: accepted or rejected, what storing it did, the errors that rejected it, and an accepted
/// claim's denial risk (as <c>GET /claims/{id}/risk</c> gives it, scored without the patient's history).
/// </summary>
public sealed record ClaimOutcomeResponse(
    string? ClaimId, string? PatientControlNumber, string Status, string? Result, IReadOnlyList<X12IssueResponse> Errors, DenialRisk? Risk)
{
    public static ClaimOutcomeResponse From(ClaimImportOutcome outcome) => new(
        outcome.ClaimId,
        outcome.PatientControlNumber,
        outcome.Accepted ? "accepted" : "rejected",
        outcome.Outcome is { } done ? char.ToLowerInvariant(done.ToString()[0]) + done.ToString()[1..] : null,
        [.. outcome.Errors.Select(X12IssueResponse.From)],
        outcome.Risk);
}

/// <summary>An X12 issue: the segment id, its 1-based position in the file, the element (and component), a stable code and words.</summary>
public sealed record X12IssueResponse(string Segment, int Position, int? Element, int? Component, string Code, string Message)
{
    public static X12IssueResponse From(X12Issue issue) => new(issue.Segment, issue.Position, issue.Element, issue.Component, issue.Code, issue.Message);
}
