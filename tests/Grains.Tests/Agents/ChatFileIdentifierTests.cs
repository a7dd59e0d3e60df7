using System.Text;
using Mesh.Grains.Agents;
using Mesh.Grains.Agents.Files;

namespace Mesh.Grains.Tests.Agents;

public sealed class ChatFileIdentifierTests
{
    private const string Isa = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260106*1200*^*00501*000000101*0*P*:~";

    [Theory]
    [InlineData(Isa + "GS*HP*A*B*20260106*1200*1*X*005010X221A1~ST*835*0001~", ChatFileKind.X12Remittance835)]
    [InlineData(Isa + "GS*HC*A*B*20260106*1200*1*X*005010X222A1~ST*837*0001~", ChatFileKind.X12Claim837)]
    [InlineData(Isa + "GS*HS*A*B*20260106*1200*1*X*005010X279A1~ST*270*0001~", ChatFileKind.Unknown)]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":\"transaction\"}", ChatFileKind.FhirJson)]
    [InlineData("{\"name\":\"not fhir\"}", ChatFileKind.Unknown)]
    [InlineData("{ not json", ChatFileKind.Unknown)]
    [InlineData("%PDF-1.7\n...", ChatFileKind.Pdf)]
    [InlineData("hello", ChatFileKind.Unknown)]
    public void Identify_ReadsTheContentNotTheName(string content, ChatFileKind expected) =>
        Assert.Equal(expected, ChatFileIdentifier.Identify(Encoding.ASCII.GetBytes(content)));

    [Fact]
    public void Identify_Png_IsAnImage() =>
        Assert.Equal(ChatFileKind.Image, ChatFileIdentifier.Identify([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]));
}
