using Mesh.Grains.Claims;
using Mesh.Grains.Denials;
using Mesh.Grains.Denials.Risk;
using static Mesh.Grains.Tests.Denials.SampleDenials;

namespace Mesh.Grains.Tests.Denials;

public sealed class DenialRulesTests
{
    private static IReadOnlyList<RiskFinding> Check(ClaimRecord claim, RiskContext? context = null, DenialRulesOptions? options = null) =>
        DenialRules.Create(options ?? new DenialRulesOptions()).Check(claim, context ?? RiskContext.Empty);

    private static string[] Fired(IReadOnlyList<RiskFinding> findings) => findings.Select(finding => finding.Rule).Distinct().ToArray();

    [Fact]
    public void CleanClaim_FiresNothing()
    {
        var findings = Check(Claim(priorAuthorization: "PA123"));

        Assert.Empty(findings);
        Assert.Equal(DenialRules.BaseRate, DenialRules.Create(new()).Probability(findings), 6);
    }

    [Fact]
    public void ImagingWithoutAuthorization_FiresPriorAuthorizationOnItsLine()
    {
        var finding = Assert.Single(Check(Claim()));

        Assert.Equal("prior_authorization_missing", finding.Rule);
        Assert.Equal(2, finding.Line);
        Assert.Contains("72148", finding.Message);
        Assert.Contains("REF*G1", finding.SuggestedFix);
    }

    [Fact]
    public void PayerSettings_ReplaceTheDefaultAuthorizationListAndFilingLimit()
    {
        var options = new DenialRulesOptions();
        options.Payers["AET"] = new PayerRuleOptions { PriorAuthorizationCodes = ["97110"], TimelyFilingDays = 90 };
        var claim = Claim(daysToSubmission: 120, lines: [Line(1, "97110", 90m), Line(2, "72148", 1450m)]);

        var findings = Check(claim, options: options);

        Assert.Equal(["prior_authorization_missing", "timely_filing_exceeded"], Fired(findings));
        Assert.Equal(1, findings[0].Line);
        Assert.Contains("120 days", findings[1].Message);
        Assert.Contains("90 days", findings[1].Message);
        var defaults = Check(claim);
        Assert.Equal(["prior_authorization_missing"], Fired(defaults));
        Assert.Equal(2, Assert.Single(defaults).Line);
    }

    [Fact]
    public void DefaultFilingLimit_Is365Days()
    {
        Assert.Empty(Check(Claim(priorAuthorization: "PA1", daysToSubmission: 365)));
        Assert.Equal(["timely_filing_exceeded"], Fired(Check(Claim(priorAuthorization: "PA1", daysToSubmission: 366))));
    }

    [Fact]
    public void CoverageNotActiveOnTheDateOfService_Fires_AndNoCoverageOnFileStaysSilent()
    {
        var claim = Claim(priorAuthorization: "PA1");
        var lapsed = new RiskContext([new CoveragePeriod("AET", new DateOnly(2024, 1, 1), new DateOnly(2025, 2, 28)), new CoveragePeriod("MCR", null, null)], []);
        var active = new RiskContext([new CoveragePeriod("AET", new DateOnly(2025, 1, 1), null)], []);

        var finding = Assert.Single(Check(claim, lapsed));
        Assert.Equal("coverage_inactive", finding.Rule);
        Assert.Contains("2025-03-03", finding.Message);
        Assert.Empty(Check(claim, active));
        Assert.Empty(Check(claim, RiskContext.Empty));
    }

    [Fact]
    public void SameProcedureSamePatientSameDay_IsADuplicate_UnlessAReplacement()
    {
        var first = Claim("C1", priorAuthorization: "PA1", patientId: "P7");
        var again = Claim("C2", priorAuthorization: "PA1", patientId: "P7");
        var otherPatient = Claim("C3", priorAuthorization: "PA1", patientId: "P8");
        var context = new RiskContext([], [first]);

        var findings = Check(again, context);

        Assert.Equal(["duplicate_claim"], Fired(findings));
        Assert.Equal(2, findings.Count);
        Assert.Contains("C1", findings[0].Message);
        Assert.Empty(Check(otherPatient, context));
        Assert.Empty(Check(Claim("C2", priorAuthorization: "PA1", patientId: "P7", frequency: "7"), context));
    }

    [Fact]
    public void VisitWithAProcedureWithout25_FiresMissingModifier()
    {
        var claim = Claim(lines: [Line(1, "99213", 120m), Line(2, "20610", 210m)]);

        var finding = Assert.Single(Check(claim));

        Assert.Equal("modifier_missing", finding.Rule);
        Assert.Equal(1, finding.Line);
        Assert.Empty(Check(Claim(lines: [Line(1, "99213", 120m, "25"), Line(2, "20610", 210m)])));
        Assert.Empty(Check(Claim(lines: [Line(1, "99213", 120m), Line(2, "80053", 45m)])));
    }

    [Theory]
    [InlineData("LT", "RT")]
    [InlineData("26", "TC")]
    [InlineData("59", "XS")]
    public void ConflictingModifiers_Fire(string first, string second)
    {
        var finding = Assert.Single(Check(Claim(lines: [Line(1, "20610", 210m, first, second)])));

        Assert.Equal("modifier_conflict", finding.Rule);
        Assert.Contains($"{first} and {second}", finding.Message);
    }

    [Fact]
    public void Modifier25OnAProcedure_IsAConflict()
    {
        var finding = Assert.Single(Check(Claim(lines: [Line(1, "20610", 210m, "25")])));

        Assert.Equal("modifier_conflict", finding.Rule);
        Assert.Contains("visit line", finding.SuggestedFix);
    }

    [Fact]
    public void CategoryDiagnosis_IsNotBillable_AndUnknownCodesStaySilent()
    {
        var claim = Claim(priorAuthorization: "PA1", diagnoses: [new ClaimDiagnosis("E11", "ABK", 1), new ClaimDiagnosis("Q999", "ABF", 2)]);

        var finding = Assert.Single(Check(claim, RiskContext.Empty with { NotBillableDiagnoses = ["E11"] }));

        Assert.Equal("diagnosis_not_billable", finding.Rule);
        Assert.Contains("E11", finding.Message);
        Assert.Empty(Check(claim));
    }

    [Fact]
    public void Probability_GrowsWithEachDistinctRule()
    {
        var rules = DenialRules.Create(new DenialRulesOptions());
        var one = rules.Probability(Check(Claim()));
        var two = rules.Probability(Check(Claim(daysToSubmission: 400)));

        Assert.InRange(one, 0.85, 0.9);
        Assert.True(two > one);
        Assert.True(two < 1);
    }
}
