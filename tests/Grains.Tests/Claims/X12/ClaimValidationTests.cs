using Mesh.Grains.Claims;
using Mesh.Grains.Claims.X12;

namespace Mesh.Grains.Tests.Claims.X12;

/// <summary>The file with every error at once: each rule reports at the segment, position, element and component
/// where the error is (positions count segments from the ISA, which is line 1 of the file).</summary>
public sealed class ClaimValidationTests
{
    private static readonly ClaimFile File = ClaimFileReader.Read(ClaimTestFiles.Read("every-error-837p.x12"), ClaimTestFiles.ReceivedAt, FakeDiagnosisCodes.Instance);

    public static TheoryData<string, int, int?, int?, string> ClaimErrors => new()
    {
        { "NM1", 8, 9, null, X12IssueCodes.NpiCheckDigit },
        { "DMG", 12, 2, null, X12IssueCodes.InvalidDate },
        { "CLM", 14, 2, null, X12IssueCodes.TotalMismatch },
        { "CLM", 14, 5, 3, X12IssueCodes.FrequencyCode },
        { "HI", 15, 1, 2, X12IssueCodes.Icd10Shape },
        { "HI", 15, 2, 2, X12IssueCodes.Icd10Unknown },
        { "HI", 15, 3, 2, X12IssueCodes.Icd10NotBillable },
        { "NM1", 16, 9, null, X12IssueCodes.NpiCheckDigit },
        { "SV1", 18, 1, 2, X12IssueCodes.ProcedureCodeShape },
        { "SV1", 18, 1, 3, X12IssueCodes.ModifierShape },
        { "SV1", 18, 7, 1, X12IssueCodes.DiagnosisPointer },
        { "SV1", 18, 7, 2, X12IssueCodes.DiagnosisPointer },
        { "DTP", 19, 3, null, X12IssueCodes.InvalidDate },
        { "DTP", 20, null, null, X12IssueCodes.MissingSegment },
        { "HL", 34, 2, null, X12IssueCodes.HierarchyInvalid },
        { "IEA", 51, 2, null, X12IssueCodes.IeaControlMismatch },
    };

    [Theory]
    [MemberData(nameof(ClaimErrors))]
    public void EveryError_FirstClaimNamesSegmentPositionAndElement(string segment, int position, int? element, int? component, string code)
    {
        var claim = File.Claims[0];
        Assert.Equal("PCN-9001", claim.ClaimId);
        Assert.Contains(new X12Issue(segment, position, element, component, code, ""), claim.Errors.Select(e => e with { Message = "" }));
        Assert.False(claim.Accepted);
    }

    [Fact]
    public void EveryError_SecondClaimWithTheSameIdIsADuplicateWithABadRange()
    {
        var claim = File.Claims[1];
        Assert.Contains(claim.Errors, e => (e.Segment, e.Position, e.Element, e.Code) == ("CLM", 22, 1, X12IssueCodes.DuplicateClaimId));
        Assert.Contains(claim.Errors, e => (e.Segment, e.Position, e.Element, e.Code) == ("DTP", 26, 3, X12IssueCodes.InvalidDate));
    }

    [Fact]
    public void EveryError_ClaimWithoutPayerOrIdHasNoRecordAndSaysWhatIsMissing()
    {
        var claim = File.Claims[2];
        Assert.Null(claim.ClaimId);
        Assert.Null(claim.Claim);
        var found = claim.Errors.Select(e => (e.Segment, e.Position, e.Element, e.Component, e.Code)).ToList();
        Assert.Contains(("NM1", 29, 9, null, X12IssueCodes.MissingElement), found);
        Assert.Contains(("NM1", 27, null, null, X12IssueCodes.MissingSegment), found);
        Assert.Contains(("CLM", 30, 1, null, X12IssueCodes.MissingElement), found);
        Assert.Contains(("CLM", 30, 2, null, X12IssueCodes.InvalidAmount), found);
        Assert.Contains(("HI", 30, null, null, X12IssueCodes.MissingSegment), found);
        Assert.Contains(("SV1", 32, 2, null, X12IssueCodes.InvalidAmount), found);
        Assert.Contains(("SV1", 32, 4, null, X12IssueCodes.InvalidQuantity), found);
        Assert.Contains(("SV1", 32, 7, 1, X12IssueCodes.MissingElement), found);
    }

    [Fact]
    public void EveryError_EnvelopeErrorsRejectTheSetsTheyTouch()
    {
        var second = File.Claims[3];
        Assert.Equal("PCN-9101", second.ClaimId);
        Assert.NotNull(second.Claim);
        Assert.False(second.Accepted);
        Assert.Equal(
            [("SE", 49, 1, X12IssueCodes.SeCountMismatch), ("SE", 49, 2, X12IssueCodes.SeControlMismatch), ("GE", 50, 1, X12IssueCodes.GeCountMismatch), ("IEA", 51, 2, X12IssueCodes.IeaControlMismatch)],
            second.Errors.Select(e => (e.Segment, e.Position, e.Element!.Value, e.Code)).OrderBy(e => (e.Position, e.Value)));
        Assert.Contains(File.Errors, e => e.Code == X12IssueCodes.GeCountMismatch);
    }

    [Fact]
    public void ValidFile_WithTheCodeSetHasNoErrors()
    {
        var file = ClaimFileReader.Read(ClaimTestFiles.Read("professional-837p.x12"), ClaimTestFiles.ReceivedAt, FakeDiagnosisCodes.Instance);
        Assert.All(file.Claims, c => Assert.Empty(c.Errors));
    }

    [Theory]
    [InlineData("1234567893", true)]
    [InlineData("1987654328", true)]
    [InlineData("1234567890", false)]
    [InlineData("123456789", false)]
    [InlineData("12345678a3", false)]
    public void Npi_ChecksTheLuhnDigitWithThe80840Prefix(string npi, bool valid) => Assert.Equal(valid, ClaimCodeShapes.IsNpi(npi));

    [Theory]
    [InlineData("E119", true)]
    [InlineData("S72001A", true)]
    [InlineData("U071", true)]
    [InlineData("E11.9", false)]
    [InlineData("e119", false)]
    [InlineData("11E9", false)]
    [InlineData("E1", false)]
    [InlineData("S72001AB", false)]
    public void Icd10Shape_IsLetterDigitAndUpToFiveMore(string code, bool valid) => Assert.Equal(valid, ClaimCodeShapes.IsIcd10Cm(code));

    [Theory]
    [InlineData("99213", true)]
    [InlineData("G0439", true)]
    [InlineData("0001F", true)]
    [InlineData("0042T", true)]
    [InlineData("0001U", true)]
    [InlineData("9921", false)]
    [InlineData("0001X", false)]
    [InlineData("GG439", false)]
    [InlineData("992130", false)]
    public void ProcedureShape_IsHcpcsOrCpt(string code, bool valid) => Assert.Equal(valid, ClaimCodeShapes.IsProcedureCode(code));

    [Fact]
    public void Institutional_WithoutStatementDatesOrRevenueCodeIsRejected()
    {
        var text = ClaimTestFiles.Read("institutional-837i.x12")
            .Replace("DTP*434*RD8*20261110-20261110~\n", "", StringComparison.Ordinal)
            .Replace("SE*29*2001", "SE*28*2001", StringComparison.Ordinal)
            .Replace("SV2*0300*", "SV2*30*", StringComparison.Ordinal);
        var entry = Assert.Single(ClaimFileReader.Read(text, ClaimTestFiles.ReceivedAt, null).Claims);
        Assert.Equal(2, entry.Errors.Count);
        Assert.Contains(entry.Errors, e => (e.Segment, e.Position, e.Code) == ("DTP", 18, X12IssueCodes.MissingSegment));
        Assert.Contains(entry.Errors, e => (e.Segment, e.Position, e.Element, e.Code) == ("SV2", 28, 1, X12IssueCodes.InvalidCode));
    }
}
