using Mesh.Grains.Claims;
using Mesh.Grains.Claims.X12;

namespace Mesh.Grains.Tests.Claims.X12;

public sealed class RemittanceFileReaderTests
{
    [Fact]
    public void Remittance_ReadsPaidPartialDeniedAndReversedClaims()
    {
        var file = RemittanceFileReader.Read(ClaimTestFiles.Read("remittance-835.x12"), ClaimTestFiles.ReceivedAt, null);

        Assert.Empty(file.Errors);
        Assert.All(file.Payments, p => Assert.Empty(p.Errors));
        Assert.Equal(249.5m, file.PaymentTotal);
        var payments = file.Payments.Select(p => p.Payment!).ToList();
        Assert.Equal(
            [("PCN-1001", RemittanceStatus.Paid), ("PCN-1002", RemittanceStatus.Partial), ("PCN-1003", RemittanceStatus.Denied),
             ("PCN-1004", RemittanceStatus.Reversed), ("PCN-1004", RemittanceStatus.Paid)],
            payments.Select(p => (p.ClaimId, p.Status)));

        var paid = payments[0];
        Assert.Equal(("ACME-C-1001", "1", 140m, 92m, 20m), (paid.PayerClaimId, paid.StatusCode, paid.Billed, paid.Paid, paid.PatientResponsibility));
        Assert.Equal(new RemittanceSource(new ClaimParty("60054", "ACME HEALTH"), "EFT-778899", new DateOnly(2026, 12, 20), "000000301", ClaimTestFiles.ReceivedAt), paid.Source);
        var line = paid.Lines[0];
        Assert.Equal(("99213", 120m, 80m, 1m, new DateOnly(2026, 11, 10), "PCN-1001-1"), (line.ProcedureCode, line.Billed, line.Paid, line.Units, line.ServiceDate, line.LineControlNumber));
        Assert.Equal(["25"], line.Modifiers);
        Assert.Equal([new RemittanceAdjustment("CO", "45", 20m, null, null), new RemittanceAdjustment("PR", "2", 20m, null, null)], line.Adjustments);

        var partial = payments[1];
        Assert.Equal([new RemittanceRemark("MA01", null)], partial.Remarks);
        Assert.Equal([new RemittanceRemark("M15", null)], partial.Lines[1].Remarks);
        Assert.Equal([new RemittanceAdjustment("CO", "97", 30m, null, null)], partial.Lines[1].Adjustments);

        var denied = payments[2];
        Assert.Equal([new RemittanceAdjustment("CO", "50", 175m, null, null)], denied.Adjustments);
        Assert.Equal([new RemittanceRemark("N115", null)], denied.Remarks);

        var reversal = payments[3];
        Assert.Equal((-120m, -80m, -20m), (reversal.Billed, reversal.Paid, reversal.PatientResponsibility));
    }
}
