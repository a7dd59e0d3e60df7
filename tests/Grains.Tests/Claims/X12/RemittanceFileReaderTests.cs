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

public sealed class RemittanceBalanceTests
{
    private static readonly string Remittance = ClaimTestFiles.Read("remittance-835.x12");

    private static RemittanceFile Read(string text) => RemittanceFileReader.Read(text, ClaimTestFiles.ReceivedAt, new FakeReasonCodes());

    [Fact]
    public void LineOutOfBalance_IsReportedAtTheLineAndClaim()
    {
        var file = Read(Remittance.Replace("CAS*CO*45*8~", "CAS*CO*45*7~", StringComparison.Ordinal));

        var errors = file.Payments[0].Errors.Select(e => (e.Segment, e.Position, e.Element, e.Code)).ToList();
        Assert.Equal([("SVC", 22, 2, X12IssueCodes.LineBalance), ("CLP", 13, 3, X12IssueCodes.ClaimBalance)], errors);
        Assert.All(file.Payments.Skip(1), p => Assert.Empty(p.Errors));
    }

    [Fact]
    public void ClaimOutOfBalance_IsReportedAtClp03()
    {
        var file = Read(Remittance.Replace("CAS*CO*50*175~", "CAS*CO*50*170~", StringComparison.Ordinal));

        var error = Assert.Single(file.Payments[2].Errors);
        Assert.Equal(("CLP", 37, 3, X12IssueCodes.ClaimBalance), (error.Segment, error.Position, error.Element!.Value, error.Code));
    }

    [Fact]
    public void PaymentTotal_MustEqualClaimsPaidLessProviderAdjustments()
    {
        var file = Read(Remittance.Replace("BPR*I*249.5*", "BPR*I*247*", StringComparison.Ordinal));

        var error = Assert.Single(file.Errors);
        Assert.Equal(("BPR", 4, 2, X12IssueCodes.PaymentTotal), (error.Segment, error.Position, error.Element!.Value, error.Code));
        Assert.Equal(247m, file.PaymentTotal);
    }

    [Fact]
    public void Cas_ReadsAllSixTripletsWithQuantitiesAndDescriptions()
    {
        var file = Read(Remittance.Replace("CAS*CO*50*175~", "CAS*CO*50*100*1*16*20**18*10**29*5**96*30*2*97*10~", StringComparison.Ordinal));

        var adjustments = file.Payments[2].Payment!.Adjustments;
        Assert.Equal(["50", "16", "18", "29", "96", "97"], adjustments.Select(a => a.Reason));
        Assert.Equal(175m, adjustments.Sum(a => a.Amount));
        Assert.Equal([1m, null, null, null, 2m, null], adjustments.Select(a => a.Quantity));
        Assert.Equal("meaning of CARC 50", adjustments[0].Description);
        Assert.Equal("meaning of RARC N115", file.Payments[2].Payment!.Remarks[0].Description);
        Assert.Empty(file.Payments[2].Errors);
    }

    [Fact]
    public void BadGroupAndAmount_AreNamed()
    {
        var file = Read(Remittance.Replace("CAS*CO*50*175~", "CAS*XX*50*1X5~", StringComparison.Ordinal));

        Assert.Equal(
            [("CAS", 39, 1, X12IssueCodes.InvalidCode), ("CAS", 39, 3, X12IssueCodes.InvalidAmount)],
            file.Payments[2].Errors.Select(e => (e.Segment, e.Position, e.Element!.Value, e.Code)));
    }

    [Fact]
    public void EnvelopeError_IsOnEveryPaymentOfTheSet()
    {
        var file = Read(Remittance.Replace("SE*48*3001~", "SE*47*3001~", StringComparison.Ordinal));

        Assert.All(file.Payments, p => Assert.Contains(p.Errors, e => e.Code == X12IssueCodes.SeCountMismatch && e.Position == 50));
    }

    private sealed class FakeReasonCodes : Mesh.Grains.Claims.CodeSets.IReasonCodeLookup
    {
        public string? DescribeAdjustment(string carc) => $"meaning of CARC {carc}";

        public string? DescribeRemark(string rarc) => $"meaning of RARC {rarc}";
    }
}
