using Mesh.Grains.Claims;
using static Mesh.Grains.Tests.Claims.ClaimSamples;

namespace Mesh.Grains.Tests.Claims;

public sealed class ClaimIndexTests(ClaimClusterFixture cluster) : IClassFixture<ClaimClusterFixture>
{
    private readonly string _clinic = cluster.NewClinic();

    [Fact]
    public async Task Claims_AreListedByStatusPayerPatientAndServiceDate_Paged()
    {
        await Task.WhenAll(Enumerable.Range(1, 30).Select(i => Grain($"C{i:00}").SubmitAsync(
            Claim($"C{i:00}", payer: i % 3 == 0 ? Blue : Acme, patientId: $"p-{i % 5}", serviceFrom: new DateOnly(2026, 10, 1).AddDays(i)))));
        await Grain("C01").ApplyRemittanceAsync(Payment("C01", labPaid: 50m));
        await Grain("C02").ApplyRemittanceAsync(Denial("C02"));

        var all = await Index.ListClaimsAsync(Query() with { Limit = 10 });
        Assert.Equal(30, all.Total);
        Assert.Equal(["C30", "C29", "C28"], all.Items.Take(3).Select(c => c.ClaimId));
        Assert.Equal(["C20", "C19"], (await Index.ListClaimsAsync(Query() with { Offset = 10, Limit = 2 })).Items.Select(c => c.ClaimId));
        Assert.Equal(10, (await Index.ListClaimsAsync(Query() with { PayerId = "BLUE02" })).Total);
        Assert.Equal(6, (await Index.ListClaimsAsync(Query() with { PatientId = "p-1" })).Total);
        Assert.Equal(["C02"], (await Index.ListClaimsAsync(Query() with { Status = ClaimStatus.Denied })).Items.Select(c => c.ClaimId));
        var paid = Assert.Single((await Index.ListClaimsAsync(Query() with { Status = ClaimStatus.Paid })).Items);
        Assert.Equal(130m, paid.Balance.Paid);
        var range = await Index.ListClaimsAsync(Query() with { From = new DateOnly(2026, 10, 5), To = new DateOnly(2026, 10, 7) });
        Assert.Equal(["C06", "C05", "C04"], range.Items.Select(c => c.ClaimId));
        Assert.Equal(0, (await cluster.Grains.GetGrain<IClaimIndexGrain>(cluster.NewClinic()).ListClaimsAsync(Query())).Total);
    }

    [Fact]
    public async Task Denials_ListEachReducingAdjustmentWithStableIdReasonAndDollars_AndGoWhenReversed()
    {
        await Grain("C1").SubmitAsync(Claim("C1"));
        await Grain("C2").SubmitAsync(Claim("C2"));
        await Grain("C1").ApplyRemittanceAsync(Payment("C1", labPaid: 30m));
        await Grain("C2").ApplyRemittanceAsync(Denial("C2"));

        var page = await Index.ListDenialsAsync(new DenialQuery(null, null, null, null, null, 0, 50));

        Assert.Equal(3, page.Total);
        Assert.Equal(220m, page.TotalAmount);
        Assert.Equal(["C2.1.1.CO-50", "C2.1.2.CO-50", "C1.1.2.CO-97"], page.Items.Select(d => d.Id));
        var lab = page.Items[2];
        Assert.Equal(("85025", 20m, false), (lab.ProcedureCode, lab.Amount, lab.Denied));
        Assert.Equal("Payment included in another service", lab.Description);
        Assert.Equal("N19", Assert.Single(lab.Remarks).Code);
        Assert.True(page.Items[0].Denied);
        Assert.Equal(2, (await Index.ListDenialsAsync(new DenialQuery(null, "50", null, null, null, 0, 50))).Total);

        await Grain("C1").ApplyRemittanceAsync(Payment("C1", "TRC9", "22", labPaid: 30m, sign: -1));
        Assert.Equal(0, (await Index.ListDenialsAsync(new DenialQuery(null, null, "C1", null, null, 0, 50))).Total);
    }

    private static ClaimQuery Query() => new(null, null, null, null, null, 0, 50);

    private IClaimIndexGrain Index => cluster.Grains.GetGrain<IClaimIndexGrain>(_clinic);

    private IClaimGrain Grain(string claimId) => cluster.Grains.GetGrain<IClaimGrain>(TenantKeys.For(_clinic, claimId));
}
