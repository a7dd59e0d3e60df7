using Mesh.Grains.Claims.X12;

namespace Mesh.Grains.Tests.Claims.X12;

public sealed class FunctionalAcknowledgementTests
{
    [Fact]
    public void AllAccepted_AcknowledgesTheSetAndGroup()
    {
        var file = ClaimFileReader.Read(ClaimTestFiles.Read("professional-837p.x12"), ClaimTestFiles.ReceivedAt, null);

        Assert.Equal(
            """
            ISA*00*          *00*          *ZZ*PAYERCLEAR     *ZZ*MESHCLINIC     *261201*1000*^*00501*000000101*0*T*:~
            GS*FA*PAYERCLEAR*MESHCLINIC*20261201*1000*101*X*005010X231A1~
            ST*999*0001*005010X231A1~
            AK1*HC*101*005010X222A1~
            AK2*837*0001*005010X222A1~
            IK5*A~
            AK9*A*1*1*1~
            SE*6*0001~
            GE*1*101~
            IEA*1*000000101~

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            file.Acknowledgement);
    }

    [Fact]
    public void SomeClaimsRejected_IsAcceptedWithErrorsNamingSegmentsFromSt()
    {
        // The second claim's first line gets a procedure code that is not HCPCS/CPT: segment 37 of the file, 35 from ST.
        var text = ClaimTestFiles.Read("professional-837p.x12").Replace("SV1*HC:99214*180", "SV1*HC:9921X*180", StringComparison.Ordinal);

        var file = ClaimFileReader.Read(text, ClaimTestFiles.ReceivedAt, null);

        Assert.Equal([true, false, true, true], file.Claims.Select(c => c.Accepted));
        Assert.True(file.Acknowledgement.Contains("AK2*837*0001*005010X222A1~\nIK3*SV1*35**8~\nIK4*1:2**I12~\nIK5*E*5~\nAK9*E*1*1*1~", StringComparison.Ordinal), file.Acknowledgement);
    }

    [Fact]
    public void EveryClaimRejectedOrEnvelopeBroken_RejectsTheSets()
    {
        var file = ClaimFileReader.Read(ClaimTestFiles.Read("every-error-837p.x12"), ClaimTestFiles.ReceivedAt, null);
        var ack = file.Acknowledgement;

        Assert.True(ack.Contains("IK3*NM1*6**8~\nIK4*9**I12~", StringComparison.Ordinal), ack);
        Assert.True(ack.Contains("IK3*DTP*18**3~", StringComparison.Ordinal), ack);
        Assert.True(ack.Contains("AK2*837*5002*005010X222A1~\nIK5*R*3*4~", StringComparison.Ordinal), ack);
        Assert.True(ack.Contains("AK9*R*2*2*0*5~", StringComparison.Ordinal), ack);
    }

    [Fact]
    public void Acknowledgement_ReadsBackAsAValidInterchange()
    {
        var file = ClaimFileReader.Read(ClaimTestFiles.Read("every-error-837p.x12"), ClaimTestFiles.ReceivedAt, null);

        var envelope = X12Envelope.Read(file.Acknowledgement);

        Assert.Empty(envelope.Issues);
        var set = Assert.Single(envelope.TransactionSets);
        Assert.Equal(("999", "005010X231A1"), (set.Id, set.Implementation));
    }
}
