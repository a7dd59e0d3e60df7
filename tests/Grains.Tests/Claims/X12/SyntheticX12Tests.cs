using Mesh.Grains.Claims;
using Mesh.Grains.Claims.X12;
using Mesh.TestSupport.Claims;

namespace Mesh.Grains.Tests.Claims.X12;

public sealed class SyntheticX12Tests
{
    [Fact]
    public void Generate_WritesClaimsAndARemittanceThatReadCleanAndAgree()
    {
        var files = SyntheticX12.Generate(2_000, seed: 7);

        var claims = ClaimFileReader.Read(files.Claims, ClaimTestFiles.ReceivedAt, null);
        var remittance = RemittanceFileReader.Read(files.Remittance, ClaimTestFiles.ReceivedAt, null);

        Assert.Empty(claims.Errors);
        Assert.Equal(2_000, claims.Claims.Count);
        Assert.All(claims.Claims, c => Assert.True(c.Accepted, string.Join("; ", c.Errors.Select(e => e.Message))));
        Assert.Empty(remittance.Errors);
        Assert.All(remittance.Payments, p => Assert.Empty(p.Errors));
        var statuses = remittance.Payments.ToDictionary(p => p.Payment!.ClaimId, p => p.Payment!.Status.ToString().ToLowerInvariant());
        Assert.All(files.Outcomes, o => Assert.Equal(o.Status, statuses[o.ClaimId]));
        Assert.Equal(files.Outcomes.Sum(o => o.Paid), remittance.PaymentTotal);
        Assert.Equal(["denied", "paid", "partial"], files.Outcomes.Select(o => o.Status).Distinct().Order());
        Assert.Equal(3, claims.Claims.Select(c => c.Claim!.Payer.Id).Distinct().Count());
        Assert.Contains(files.Outcomes, o => o.Underpaid);
    }

    [Fact]
    public void Generate_IsTheSameForTheSameSeed()
    {
        Assert.Equal(SyntheticX12.Generate(50, seed: 3), SyntheticX12.Generate(50, seed: 3), SyntheticFilesComparer.Instance);
        Assert.NotEqual(SyntheticX12.Generate(50, seed: 3).Claims, SyntheticX12.Generate(50, seed: 4).Claims);
    }

    private sealed class SyntheticFilesComparer : IEqualityComparer<SyntheticClaimFiles>
    {
        public static readonly SyntheticFilesComparer Instance = new();

        public bool Equals(SyntheticClaimFiles? x, SyntheticClaimFiles? y) =>
            x!.Claims == y!.Claims && x.Remittance == y.Remittance && x.Outcomes.Select(o => (o.ClaimId, o.Status, o.Paid)).SequenceEqual(y.Outcomes.Select(o => (o.ClaimId, o.Status, o.Paid)));

        public int GetHashCode(SyntheticClaimFiles obj) => obj.Claims.Length;
    }
}
