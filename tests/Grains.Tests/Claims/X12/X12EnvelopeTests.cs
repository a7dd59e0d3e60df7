using Mesh.Grains.Claims;
using Mesh.Grains.Claims.X12;

namespace Mesh.Grains.Tests.Claims.X12;

public sealed class X12EnvelopeTests
{
    private static readonly string Professional = ClaimTestFiles.Read("professional-837p.x12");

    [Fact]
    public void Delimiters_AreTakenFromTheIsa()
    {
        var document = X12Reader.Read(ClaimTestFiles.Read("pipe-delimited-837p.x12"));

        Assert.Equal(new X12Delimiters('|', '^', '>', '~'), document.Delimiters);
        Assert.Empty(document.Issues);
        var sv1 = document.Segments.First(s => s.Id == "SV1");
        Assert.Equal((18, "99212", "25", "2"), (sv1.Position, sv1.Component(1, 2), sv1.Component(1, 3), sv1.Component(7, 2)));
    }

    [Fact]
    public void LineBreakAsSegmentTerminator_Works()
    {
        var text = Professional.Replace("~\n", "\n", StringComparison.Ordinal);

        var file = ClaimFileReader.Read(text, ClaimTestFiles.ReceivedAt, null);

        Assert.Empty(file.Errors);
        Assert.Equal(4, file.Claims.Count(c => c.Accepted));
    }

    [Fact]
    public void Repetitions_AreSplitByIsa11()
    {
        var document = X12Reader.Read(Professional.Replace("PER*IC*BILLING DESK*TE*5550100~", "PER*IC*BILLING DESK*TE*5550100^5550101~", StringComparison.Ordinal));

        Assert.Equal(["5550100", "5550101"], document.Segments.First(s => s.Id == "PER").Repetitions(4));
    }

    [Theory]
    [InlineData("")]
    [InlineData("GS*HC*A*B~")]
    [InlineData("ISA*00*short~")]
    [InlineData("ISA*00*          *00*          *ZZ*A              *ZZ*B              *261201*0930*^*00501*000000101*0*T**~")]
    public void NoReadableIsa_IsOneIssueAndNoInterchange(string text)
    {
        var file = ClaimFileReader.Read(text, ClaimTestFiles.ReceivedAt, null);

        Assert.Null(file.Interchange);
        Assert.Empty(file.Claims);
        Assert.Equal("", file.Acknowledgement);
        Assert.Equal(("ISA", 1, X12IssueCodes.IsaInvalid), (file.Errors.Single().Segment, file.Errors.Single().Position, file.Errors.Single().Code));
    }

    [Fact]
    public void MissingTrailers_AreReportedWhereTheyShouldBe()
    {
        var text = Professional[..Professional.IndexOf("SE*62", StringComparison.Ordinal)];

        var file = ClaimFileReader.Read(text, ClaimTestFiles.ReceivedAt, null);

        Assert.Equal(
            [("ST", 3, X12IssueCodes.SeMissing), ("GS", 2, X12IssueCodes.GeMissing), ("DTP", 63, X12IssueCodes.IeaMissing)],
            file.Errors.Select(e => (e.Segment, e.Position, e.Code)));
        Assert.All(file.Claims, c => Assert.False(c.Accepted));
    }

    [Fact]
    public void SegmentsAfterIea_AndOutsideSets_AreUnexpected()
    {
        var text = Professional.Replace("GE*1*101~", "REF*EA*LOOSE~\nGE*1*101~", StringComparison.Ordinal) + "NTE*ADD*TRAILING~\n";

        var file = ClaimFileReader.Read(text, ClaimTestFiles.ReceivedAt, null);

        Assert.Equal(
            [("REF", 65, X12IssueCodes.UnexpectedSegment), ("NTE", 68, X12IssueCodes.UnexpectedSegment)],
            file.Errors.Select(e => (e.Segment, e.Position, e.Code)));
        Assert.All(file.Claims, c => Assert.False(c.Accepted));
    }

    [Fact]
    public void AnotherTransactionSet_IsUnsupported()
    {
        var file = ClaimFileReader.Read(ClaimTestFiles.Read("remittance-835.x12"), ClaimTestFiles.ReceivedAt, null);

        Assert.Empty(file.Claims);
        Assert.Equal(("ST", 3, 1, X12IssueCodes.UnsupportedTransaction), (file.Errors.Single().Segment, file.Errors.Single().Position, file.Errors.Single().Element!.Value, file.Errors.Single().Code));
        Assert.Contains("IK5*R*1~", file.Acknowledgement, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileText_IsReportedShortAndPrintable()
    {
        var hostile = "<script>" + new string('A', 100_000) + "\u0001\u0007";
        var text = Professional.Replace("HI*ABK:E119*ABF:I10~", $"HI*ABK:{hostile}*ABF:I10~", StringComparison.Ordinal)
            .Replace("NM1*41*", "\u0000\u0001*", StringComparison.Ordinal);

        var file = ClaimFileReader.Read(text, ClaimTestFiles.ReceivedAt, null);

        Assert.Contains(file.Errors, e => e.Code == X12IssueCodes.InvalidSegmentId && e.Position == 5 && e.Segment == "??");
        var shape = file.Claims[0].Errors.Single(e => e.Code == X12IssueCodes.Icd10Shape);
        Assert.True(shape.Message.Length < 200);
        Assert.DoesNotContain(shape.Message, char.IsControl);
        Assert.DoesNotContain(hostile[..50], file.Acknowledgement, StringComparison.Ordinal);
    }
}
