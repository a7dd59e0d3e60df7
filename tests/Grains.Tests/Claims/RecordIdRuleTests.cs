using Mesh.Grains.Claims;
using Mesh.Grains.Patients;
using Mesh.Grains.Reports;

namespace Mesh.Grains.Tests.Claims;

/// <summary>Claim, patient and report ids keep one rule: letters, digits, '_', '.' and '-', a letter or digit first, each at its own length.</summary>
public sealed class RecordIdRuleTests
{
    private const string SeventyTwo = "CLEARINGHOUSE-2026-12-07-BATCH-000417-SUBMITTER-MESHCLINIC-CLAIM-0000001";

    [Theory]
    [InlineData("CLM-100")]
    [InlineData("0.9_a-b")]
    [InlineData(SeventyTwo)]
    public void ClaimIdsTheClaimsApiReaches_AreValid(string id) => Assert.True(ClaimIds.IsValid(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("-")]
    [InlineData("_")]
    [InlineData(".hidden")]
    [InlineData("clinic-a/CLM-100")]
    [InlineData("CLM 100")]
    [InlineData("CLM-100\n")]
    [InlineData("CLM-\u0007100")]
    [InlineData(SeventyTwo + "-PADDED-PAST-EIGHTY")]
    public void ClaimIdsNoRouteCouldReach_AreInvalid(string? id) => Assert.False(ClaimIds.IsValid(id));

    [Fact]
    public void PatientAndReportIds_StopAt64Characters_ClaimIdsAt80()
    {
        var sixtyFour = new string('7', 64);
        var seventy = new string('7', 70);

        Assert.True(PatientIds.IsValid(sixtyFour) && ReportIds.IsValid(sixtyFour));
        Assert.False(PatientIds.IsValid(seventy) || ReportIds.IsValid(seventy));
        Assert.True(ClaimIds.IsValid(seventy));
        Assert.False(ReportIds.IsValid("..") || PatientIds.IsValid(".."));
    }
}
