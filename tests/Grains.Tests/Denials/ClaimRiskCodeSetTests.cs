using Mesh.Grains.Claims;
using Mesh.Grains.Denials;
using Mesh.Grains.Tests.Claims;
using static Mesh.Grains.Tests.Claims.ClaimSamples;

namespace Mesh.Grains.Tests.Denials;

/// <summary>A claim's risk asks the cluster's ICD-10-CM set whether its diagnoses may be billed.</summary>
public sealed class ClaimRiskCodeSetTests(ClaimClusterFixture cluster) : IClassFixture<ClaimClusterFixture>
{
    private readonly string _clinic = cluster.NewClinic();

    [Fact]
    public async Task A_category_code_the_loaded_set_marks_not_billable_fires_the_billable_rule()
    {
        // E11 is a category in Mesh's starter set; E119 under it is billable.
        var claim = Claim("R1") with { Diagnoses = [new("E11", "ABK", 1), new("I10", "ABF", 2)] };
        await cluster.Grains.GetGrain<IClaimGrain>(TenantKeys.For(_clinic, "R1")).SubmitAsync(claim);
        await cluster.Grains.GetGrain<IClaimGrain>(TenantKeys.For(_clinic, "R2")).SubmitAsync(Claim("R2"));

        var risky = await cluster.Grains.GetGrain<IClinicDenialsGrain>(_clinic).ScoreClaimAsync("R1");
        var fine = await cluster.Grains.GetGrain<IClinicDenialsGrain>(_clinic).ScoreClaimAsync("R2");

        var finding = Assert.Single(risky!.Rules, r => r.Rule == "diagnosis_not_billable");
        Assert.Contains("E11", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fine!.Rules, r => r.Rule == "diagnosis_not_billable");
    }
}
