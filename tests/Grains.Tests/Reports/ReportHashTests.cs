using System.Text;
using Mesh.Grains.Reports;

namespace Mesh.Grains.Tests.Reports;

public sealed class ReportHashTests
{
    [Fact]
    public void Sha256Hex_KnownInput_MatchesPublishedDigest()
    {
        var hash = ReportHash.Sha256Hex(Encoding.ASCII.GetBytes("abc"));

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
    }
}
