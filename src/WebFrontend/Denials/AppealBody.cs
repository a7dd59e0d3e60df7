using Mesh.Grains.Denials;
using Mesh.Grains.Reports;
using Mesh.WebFrontend.Claims;

namespace Mesh.WebFrontend.Denials;

/// <summary>The body of POST /denials/{id}/appeals; every field optional.</summary>
/// <param name="Kind">authorization, medicalNecessity, coding, timelyFiling, underpayment or duplicate; inferred when absent.</param>
/// <param name="UseChatModel">Let the configured chat model write the letter (held to the facts).</param>
/// <param name="Reports">Signed reports of the patient to quote.</param>
/// <param name="Eob">An explanation of benefits entered by hand; the route's id is then the claim id.</param>
public sealed record AppealBody(AppealKind? Kind, bool? UseChatModel, IReadOnlyList<ReportReference>? Reports, EobBody? Eob)
{
    private const int MaxReports = 10;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Reports is { Count: > MaxReports })
        {
            errors["reports"] = [$"At most {MaxReports} reports."];
        }

        if (Reports?.Any(report => !ReportIds.IsValid(report.ReportId) || report.Version is < 1) == true)
        {
            errors["reports"] = ["Each report needs a valid reportId and, when given, a version of 1 or more."];
        }

        Eob?.Validate(errors);
        return errors;
    }

    public AppealOrder ToOrder(string userId) =>
        new(Kind, UseChatModel ?? false, Reports ?? [], Eob?.ToNotice(), userId);
}
