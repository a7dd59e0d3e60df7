using Orleans;

namespace Mesh.Grains.Claims.Import;

/// <summary>
/// Submits many claims to their grains at once. Chunked so that one 10,000-claim file keeps a few hundred calls in
/// flight rather than queueing ten thousand messages at once.
/// </summary>
internal static class ClaimSubmitter
{
    private const int InFlight = 500;

    public static async Task<ClaimSubmitResult[]> SubmitAsync(IGrainFactory grains, string tenant, IReadOnlyList<ClaimRecord> claims)
    {
        var results = new ClaimSubmitResult[claims.Count];
        for (var start = 0; start < claims.Count; start += InFlight)
        {
            var end = Math.Min(claims.Count, start + InFlight);
            var chunk = new Task<ClaimSubmitResult>[end - start];
            for (var i = start; i < end; i++)
            {
                chunk[i - start] = grains.GetGrain<IClaimGrain>(TenantKeys.For(tenant, claims[i].ClaimId)).SubmitAsync(claims[i]);
            }

            (await Task.WhenAll(chunk)).CopyTo(results, start);
        }

        return results;
    }

    public static async Task<ClaimRemittanceResult?[]> ApplyAsync(IGrainFactory grains, string tenant, IReadOnlyList<RemittancePayment> payments)
    {
        var results = new ClaimRemittanceResult?[payments.Count];
        for (var start = 0; start < payments.Count; start += InFlight)
        {
            var end = Math.Min(payments.Count, start + InFlight);
            var chunk = new Task<ClaimRemittanceResult?>[end - start];
            for (var i = start; i < end; i++)
            {
                chunk[i - start] = grains.GetGrain<IClaimGrain>(TenantKeys.For(tenant, payments[i].ClaimId)).ApplyRemittanceAsync(payments[i]);
            }

            (await Task.WhenAll(chunk)).CopyTo(results, start);
        }

        return results;
    }
}
