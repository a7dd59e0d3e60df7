using Mesh.Grains.Claims;
using Mesh.Grains.Claims.X12;

namespace Mesh.Grains.Tests.Claims.X12;

/// <summary>CLM01 is held to the claim id every route and the chat take: a longer id is read, one no route could reach is refused where it stands.</summary>
public sealed class ClaimIdTests
{
    [Fact]
    public void Clm01Of80Characters_IsAccepted()
    {
        var id = "PCN-" + new string('7', ClaimIds.MaxLength - 4);

        var claim = ReadWithFirstClaimId(id);

        Assert.Equal(id, claim.ClaimId);
        Assert.True(claim.Accepted, string.Join("; ", claim.Errors.Select(e => e.Message)));
    }

    [Theory]
    [InlineData("PCN 1001")]
    [InlineData("PCN/1001")]
    [InlineData("PCN-1001\u0007")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("-PCN-1001")]
    [InlineData("PCN-10010000000000000000000000000000000000000000000000000000000000000000000000001")]
    public void Clm01NoRouteCouldReach_IsRefusedAtItsSegmentAndElement(string id)
    {
        var claim = ReadWithFirstClaimId(id);

        Assert.False(claim.Accepted);
        var issue = Assert.Single(claim.Errors, e => e.Code == X12IssueCodes.InvalidCode && e.Segment == "CLM");
        Assert.Equal(1, issue.Element);
        Assert.Equal(claim.ClmPosition, issue.Position);
    }

    private static ClaimFileEntry ReadWithFirstClaimId(string id)
    {
        var text = ClaimTestFiles.Read("professional-837p.x12").Replace("CLM*PCN-1001*", $"CLM*{id}*", StringComparison.Ordinal);
        return ClaimFileReader.Read(text, ClaimTestFiles.ReceivedAt, FakeDiagnosisCodes.Instance).Claims[0];
    }
}
