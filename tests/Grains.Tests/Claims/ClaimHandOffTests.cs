using Mesh.Grains.Claims;
using Mesh.Grains.Patients;
using static Mesh.Grains.Tests.Claims.ClaimSamples;

namespace Mesh.Grains.Tests.Claims;

/// <summary>
/// Claims read from another format (FHIR) go through the claim import grain as an 837's do; the payments of its
/// versioned EOBs go to the claim grain one version at a time.
/// </summary>
public sealed class ClaimHandOffTests(ClaimClusterFixture cluster) : IClassFixture<ClaimClusterFixture>
{
    private readonly string _clinic = cluster.NewClinic();

    private IClaimImportGrain Import => cluster.Grains.GetGrain<IClaimImportGrain>(_clinic);

    [Fact]
    public async Task SubmitClaims_StoresIndexesAndScoresEach_AndTheSameAgainChangesNothing()
    {
        var (f1, f2) = (ClaimVersion(Claim("F1"), "1"), ClaimVersion(Claim("F2"), "1"));
        await KeepAsync(f1.Version, f2.Version);

        var first = await Import.SubmitClaimsAsync([f1, f2], "fhir");
        var again = await Import.SubmitClaimsAsync([f1], "fhir");

        Assert.All(first, outcome => Assert.Equal(ClaimSubmitOutcome.Created, outcome.Outcome));
        Assert.All(first, outcome => Assert.NotNull(outcome.Risk));
        Assert.Equal(["F1", "F2"], first.Select(o => o.ClaimId));
        Assert.Equal(ClaimSubmitOutcome.Unchanged, Assert.Single(again).Outcome);
        var page = await cluster.Grains.GetGrain<IClaimIndexGrain>(_clinic).ListClaimsAsync(new ClaimQuery(null, null, null, null, null, 0, 10));
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task SubmitClaims_ANewerVersionReplaces_AndALateOlderVersionChangesNothing()
    {
        var v1 = ClaimVersion(Claim("F5", interchange: "Claim/F5/_history/1"), "1");
        var v2 = ClaimVersion(Claim("F5", interchange: "Claim/F5/_history/2", firstCharge: 180m), "2");
        await KeepAsync(v1.Version);
        var first = await Import.SubmitClaimsAsync([v1], "fhir");
        await KeepAsync(v2.Version);

        var second = await Import.SubmitClaimsAsync([v2], "fhir");
        var late = await Import.SubmitClaimsAsync([v1], "fhir");

        Assert.Equal(ClaimSubmitOutcome.Created, Assert.Single(first).Outcome);
        Assert.Equal(ClaimSubmitOutcome.Replaced, Assert.Single(second).Outcome);
        Assert.Equal(ClaimSubmitOutcome.Superseded, Assert.Single(late).Outcome);
        Assert.False(late[0].Accepted);
        var view = (await Grain("F5").GetAsync())!;
        Assert.Equal("Claim/F5/_history/2", view.Claim.Submission.InterchangeControlNumber);
        Assert.Equal(230m, view.Claim.TotalCharge);
    }

    [Fact]
    public async Task ReplaceRemittance_ReversesTheEarlierVersion_AndALateOlderVersionChangesNothing()
    {
        await Grain("F3").SubmitAsync(Claim("F3"));
        var (v1, v2) = (Version("1"), Version("2"));
        await KeepAsync(v1);
        var first = await Grain("F3").ReplaceRemittanceAsync(Replacement("F3", v1, labPaid: 50m));
        await KeepAsync(v2);

        var second = await Grain("F3").ReplaceRemittanceAsync(Replacement("F3", v2, labPaid: 20m));
        var late = await Grain("F3").ReplaceRemittanceAsync(Replacement("F3", v1, labPaid: 50m));
        var again = await Grain("F3").ReplaceRemittanceAsync(Replacement("F3", v2, labPaid: 20m));

        Assert.Equal(RemittanceReplacementOutcome.Applied, first!.Outcome);
        Assert.Equal(RemittanceReplacementOutcome.Replaced, second!.Outcome);
        Assert.True(second.Reversal!.Applied);
        Assert.Equal(RemittanceReplacementOutcome.Superseded, late!.Outcome);
        Assert.Equal(RemittanceReplacementOutcome.Unchanged, again!.Outcome);
        var view = (await Grain("F3").GetAsync())!;
        Assert.Equal(100m, view.Balance.Paid);
        Assert.Equal(3, view.Remittances.Count);
    }

    [Fact]
    public async Task ReplaceRemittance_Withdrawn_OnlyReverses_AndForNoClaimIsNull()
    {
        await Grain("F4").SubmitAsync(Claim("F4"));
        var (v1, v2) = (Version("1"), Version("2"));
        await KeepAsync(v1);
        await Grain("F4").ReplaceRemittanceAsync(Replacement("F4", v1, labPaid: 50m));
        await KeepAsync(v2);

        var withdrawn = await Grain("F4").ReplaceRemittanceAsync(Replacement("F4", v2, labPaid: 50m, onlyReverses: true));
        var nothing = await Grain("NOPE").ReplaceRemittanceAsync(Replacement("NOPE", v2, labPaid: 50m));

        Assert.Equal(RemittanceReplacementOutcome.Reversed, withdrawn!.Outcome);
        Assert.Null(withdrawn.Payment);
        Assert.Equal(0m, (await Grain("F4").GetAsync())!.Balance.Paid);
        Assert.Null(nothing);
    }

    private IClaimGrain Grain(string claimId) => cluster.Grains.GetGrain<IClaimGrain>(TenantKeys.For(_clinic, claimId));

    private static PatientResource Version(string versionId) =>
        new("ExplanationOfBenefit", "eob-1", versionId, DateTimeOffset.UnixEpoch, $$$"""{"resourceType":"ExplanationOfBenefit","id":"eob-1","meta":{"versionId":"{{{versionId}}}"}}""");

    private static ClaimVersion ClaimVersion(ClaimRecord claim, string versionId) =>
        new(claim, "pat-1", new PatientResource("Claim", claim.ClaimId, versionId, DateTimeOffset.UnixEpoch,
            $$$"""{"resourceType":"Claim","id":"{{{claim.ClaimId}}}","meta":{"versionId":"{{{versionId}}}"}}"""));

    /// <summary>Keeps versions with the patient, as a FHIR import does before it hands their claims and payments on.</summary>
    private Task KeepAsync(params PatientResource[] versions) =>
        cluster.Grains.GetGrain<IPatientGrain>(PatientKeys.For(_clinic, "pat-1")).ImportAsync(new PatientImport(
            new PatientDemographics("Anna", "Kiss", new DateOnly(1980, 1, 1), PatientSex.Female, "en", []), versions, PatientClinicalFacts.None));

    private static RemittanceReplacement Replacement(string claimId, PatientResource version, decimal labPaid, bool onlyReverses = false) =>
        new(Payment(claimId, payerClaimId: "eob-1", labPaid: labPaid, interchange: $"ExplanationOfBenefit/eob-1/_history/{version.VersionId}"),
            onlyReverses, "pat-1", version);
}
