using Mesh.Grains.Claims;
using static Mesh.Grains.Tests.Claims.ClaimSamples;

namespace Mesh.Grains.Tests.Claims;

public sealed class ClaimGrainTests(ClaimClusterFixture cluster) : IClassFixture<ClaimClusterFixture>
{
    private readonly string _clinic = cluster.NewClinic();

    [Fact]
    public async Task Submit_KeepsLinesDiagnosesPayerAndFullBalanceDue()
    {
        var result = await Grain("C1").SubmitAsync(Claim("C1"));

        Assert.Equal(ClaimSubmitOutcome.Created, result.Outcome);
        var view = (await Grain("C1").GetAsync())!;
        Assert.Equal(ClaimStatus.Submitted, view.Status);
        Assert.Equal(["99213", "85025"], view.Claim.Lines.Select(l => l.ProcedureCode));
        Assert.Equal(["E119", "I10"], view.Claim.Diagnoses.Select(d => d.Code));
        Assert.Equal("ACME01", view.Claim.Payer.Id);
        Assert.Equal(200m, view.Balance.BalanceDue);
        Assert.Single(view.History);
    }

    [Fact]
    public async Task SameInterchangeAgain_ChangesNothing()
    {
        await Grain("C1").SubmitAsync(Claim("C1"));

        var again = await Grain("C1").SubmitAsync(Claim("C1", firstCharge: 999m));

        Assert.Equal(ClaimSubmitOutcome.Unchanged, again.Outcome);
        var view = (await Grain("C1").GetAsync())!;
        Assert.Equal(200m, view.Claim.TotalCharge);
        Assert.Single(view.History);
    }

    [Fact]
    public async Task Replacement_ReplacesAndVoid_Voids()
    {
        await Grain("C1").SubmitAsync(Claim("C1"));

        var replaced = await Grain("C1").SubmitAsync(Claim("C1", "000000002", "7", firstCharge: 175m));
        Assert.Equal(ClaimSubmitOutcome.Replaced, replaced.Outcome);
        Assert.Equal(225m, (await Grain("C1").GetAsync())!.Claim.TotalCharge);

        var voided = await Grain("C1").SubmitAsync(Claim("C1", "000000003", "8"));
        Assert.Equal(ClaimSubmitOutcome.Voided, voided.Outcome);
        var view = (await Grain("C1").GetAsync())!;
        Assert.Equal(ClaimStatus.Voided, view.Status);
        Assert.Equal(3, view.History.Count);
    }

    [Fact]
    public async Task OriginalAgainFromAnotherInterchange_IsRefused_AndReplacementOfUnknownClaimStoresNothing()
    {
        await Grain("C1").SubmitAsync(Claim("C1"));

        Assert.Equal(ClaimSubmitOutcome.DuplicateClaimId, (await Grain("C1").SubmitAsync(Claim("C1", "000000002", firstCharge: 1m))).Outcome);
        Assert.Equal(200m, (await Grain("C1").GetAsync())!.Claim.TotalCharge);
        Assert.Equal(ClaimSubmitOutcome.UnknownClaim, (await Grain("C9").SubmitAsync(Claim("C9", frequency: "7"))).Outcome);
        Assert.Null(await Grain("C9").GetAsync());
    }

    [Fact]
    public async Task Payment_SetsStatusAndBalance_AndTheSamePaymentAgainChangesNothing()
    {
        await Grain("C1").SubmitAsync(Claim("C1"));

        var applied = (await Grain("C1").ApplyRemittanceAsync(Payment("C1", labPaid: 30m)))!;
        var again = (await Grain("C1").ApplyRemittanceAsync(Payment("C1", labPaid: 30m)))!;

        Assert.True(applied.Applied);
        Assert.False(again.Applied);
        var view = (await Grain("C1").GetAsync())!;
        Assert.Equal(ClaimStatus.Partial, view.Status);
        Assert.Single(view.Remittances);
        // 200 billed - 110 paid - 50 CO-45 - 20 CO-97 = 20 still due (the patient's copay).
        Assert.Equal(new ClaimBalance(200m, 110m, 20m, 70m, 20m), view.Balance);
    }

    [Fact]
    public async Task Reversal_UndoesThePaymentAndTheCorrectionAfterItApplies()
    {
        await Grain("C1").SubmitAsync(Claim("C1"));
        await Grain("C1").ApplyRemittanceAsync(Payment("C1", "TRC1", labPaid: 30m));

        await Grain("C1").ApplyRemittanceAsync(Payment("C1", "TRC2", "22", labPaid: 30m, sign: -1));
        var reversed = (await Grain("C1").GetAsync())!;
        Assert.Equal(ClaimStatus.Reversed, reversed.Status);
        Assert.Equal(2, reversed.Remittances[0].ReversedBy);
        Assert.Equal(200m, reversed.Balance.BalanceDue);

        await Grain("C1").ApplyRemittanceAsync(Payment("C1", "TRC2", labPaid: 50m, payerClaimId: "PCN2"));
        var corrected = (await Grain("C1").GetAsync())!;
        Assert.Equal(ClaimStatus.Paid, corrected.Status);
        Assert.Equal(3, corrected.Remittances.Count);
        Assert.Equal(130m, corrected.Balance.Paid);
        Assert.Equal(20m, corrected.Balance.BalanceDue);
    }

    [Fact]
    public async Task RemittanceForUnknownClaim_IsNotApplied()
    {
        Assert.Null(await Grain("NOPE").ApplyRemittanceAsync(Payment("NOPE")));
    }

    [Fact]
    public async Task RemittanceLines_AreCheckedAgainstTheRateCard()
    {
        await cluster.Grains.GetGrain<IContractGrain>(TenantKeys.For(_clinic, "ACME01")).SetRatesAsync(
        [
            new RateCardEntry("99213", null, 100m, new DateOnly(2026, 1, 1), null),
            new RateCardEntry("85025", "91", 45m, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
            new RateCardEntry("85025", null, 10m, new DateOnly(2026, 1, 1), null),
        ]);
        await Grain("C1").SubmitAsync(Claim("C1"));

        var result = (await Grain("C1").ApplyRemittanceAsync(Payment("C1", labPaid: 30m)))!;

        var office = result.ContractChecks.Single(c => c.ProcedureCode == "99213");
        Assert.False(office.Underpaid);
        Assert.Equal(50m, office.Netdown);
        var lab = result.ContractChecks.Single(c => c.ProcedureCode == "85025");
        Assert.Equal(45m, lab.Expected);
        Assert.True(lab.Underpaid);
        Assert.Equal(15m, lab.Shortfall);
        Assert.Equal(2, (await Grain("C1").GetAsync())!.ContractChecks.Count);
    }

    private IClaimGrain Grain(string claimId) => cluster.Grains.GetGrain<IClaimGrain>(TenantKeys.For(_clinic, claimId));
}
