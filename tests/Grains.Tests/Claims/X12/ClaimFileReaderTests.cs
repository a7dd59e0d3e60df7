using Mesh.Grains.Claims;
using Mesh.Grains.Claims.X12;

namespace Mesh.Grains.Tests.Claims.X12;

public sealed class ClaimFileReaderTests
{
    [Fact]
    public void Professional_ReadsEveryClaimWithItsParties()
    {
        var file = ClaimFileReader.Read(ClaimTestFiles.Read("professional-837p.x12"), ClaimTestFiles.ReceivedAt, null);

        Assert.Empty(file.Errors);
        Assert.Equal(new X12Interchange("000000101", "MESHCLINIC", "PAYERCLEAR"), file.Interchange);
        Assert.Equal(["PCN-1001", "PCN-1002", "PCN-1004", "PCN-1003"], file.Claims.Select(c => c.ClaimId));
        Assert.All(file.Claims, c => Assert.True(c.Accepted, string.Join("; ", c.Errors.Select(e => e.Message))));

        var first = file.Claims[0].Claim!;
        Assert.Equal(ClaimKind.Professional, first.Kind);
        Assert.Equal(new ClaimParty("60054", "ACME HEALTH"), first.Payer);
        Assert.Equal(new ClaimProvider("1234567893", "MESH FAMILY CLINIC", "123456789"), first.BillingProvider);
        Assert.Equal(new ClaimProvider("1987654328", "MARCUS WELBY", null), first.RenderingProvider);
        Assert.Equal(new ClaimPerson("W100200300", "KISS", "ANNA", new DateOnly(1980, 2, 3), "F"), first.Subscriber);
        Assert.Equal(first.Subscriber, first.Patient);
        Assert.Equal("MRN-0001", first.PatientId);
        Assert.Equal(140m, first.TotalCharge);
        Assert.Equal(("11", "1"), (first.PlaceOfService, first.FrequencyCode));
        Assert.Equal([new ClaimDiagnosis("E119", "ABK", 1), new ClaimDiagnosis("I10", "ABF", 2)], first.Diagnoses);
        Assert.Equal(2, first.Lines.Count);
        var line = first.Lines[0];
        Assert.Equal(("99213", 120m, 1m, new DateOnly(2026, 11, 10), "PCN-1001-1"), (line.ProcedureCode, line.Charge, line.Units, line.ServiceDate, line.LineControlNumber));
        Assert.Equal(["25"], line.Modifiers);
        Assert.Equal([1, 2], line.DiagnosisPointers);
        Assert.Equal(new ClaimSubmission("MESHCLINIC", "PAYERCLEAR", "000000101", "0001", new DateOnly(2026, 12, 1), ClaimTestFiles.ReceivedAt), first.Submission);

        Assert.Equal("AUTH-5521", file.Claims[1].Claim!.PriorAuthorization);
        var dependent = file.Claims[3].Claim!;
        Assert.Equal(new ClaimParty("87726", "BLUE RIVER HEALTH PLAN"), dependent.Payer);
        Assert.Equal("NAGY", dependent.Subscriber.FamilyName);
        Assert.Equal(new ClaimPerson(null, "NAGY", "LILI", new DateOnly(2020, 3, 9), "F"), dependent.Patient);
    }

    [Fact]
    public void Institutional_ReadsRevenueCodesAndStatementDates()
    {
        var file = ClaimFileReader.Read(ClaimTestFiles.Read("institutional-837i.x12"), ClaimTestFiles.ReceivedAt, null);

        var entry = Assert.Single(file.Claims);
        Assert.True(entry.Accepted, string.Join("; ", entry.Errors.Select(e => e.Message)));
        var claim = entry.Claim!;
        Assert.Equal(ClaimKind.Institutional, claim.Kind);
        Assert.Equal(("13", "1"), (claim.PlaceOfService, claim.FrequencyCode));
        Assert.Equal(new ClaimProvider("1678901236", "GREGORY HOUSE", null), claim.RenderingProvider);
        Assert.Equal((new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 10)), (claim.ServiceFrom, claim.ServiceTo));
        Assert.Equal(["ABK", "APR"], claim.Diagnoses.Select(d => d.Qualifier));
        Assert.Equal([("0450", "99284", 600m), ("0300", "80053", 250m)], claim.Lines.Select(l => (l.RevenueCode!, l.ProcedureCode, l.Charge)));
    }

    [Fact]
    public void PipeDelimitersAndLineBreaks_ReadLikeTheDefaults()
    {
        var file = ClaimFileReader.Read(ClaimTestFiles.Read("pipe-delimited-837p.x12"), ClaimTestFiles.ReceivedAt, null);

        Assert.Empty(file.Errors);
        var claim = Assert.Single(file.Claims).Claim!;
        Assert.Equal("PCN-4001", claim.ClaimId);
        Assert.Equal(["E119", "I10"], claim.Diagnoses.Select(d => d.Code));
        Assert.Equal(["25"], claim.Lines[0].Modifiers);
        Assert.Equal([1, 2], claim.Lines[0].DiagnosisPointers);
        Assert.Equal(95m, claim.TotalCharge);
    }
}
