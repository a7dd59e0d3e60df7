using Mesh.Grains.Denials;
using Mesh.WebFrontend.Denials;

namespace Mesh.WebFrontend.Tests.Denials;

/// <summary>An appeal quotes reports by the report id the reports API takes, not by the longer claim id.</summary>
public sealed class AppealBodyTests
{
    [Theory]
    [InlineData("R-2026-0001", true)]
    [InlineData("..", false)]
    [InlineData("R-0000000000000000000000000000000000000000000000000000000000000000007", false)]
    public void ReportIds_AreHeldToTheReportIdRule(string reportId, bool valid)
    {
        var errors = new AppealBody(null, null, [new ReportReference(reportId, null)], null).Validate();

        Assert.Equal(valid, !errors.ContainsKey("reports"));
    }
}
