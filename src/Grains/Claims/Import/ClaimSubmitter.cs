using Orleans;

namespace Mesh.Grains.Claims.Import;

/// <summary>
/// Calls many claim grains at once. Chunked so that one 10,000-claim file keeps a thousand calls in flight rather than
/// queueing ten thousand messages at once.
/// </summary>
internal static class ClaimSubmitter
{
    private const int InFlight = 1000;

    public static Task<ClaimSubmitResult[]> SubmitAsync(IGrainFactory grains, string tenant, IReadOnlyList<ClaimRecord> claims) =>
        CallAllAsync(claims, claim => Grain(grains, tenant, claim.ClaimId).SubmitAsync(claim));

    public static Task<ClaimSubmitResult[]> SubmitVersionsAsync(IGrainFactory grains, string tenant, IReadOnlyList<ClaimVersion> versions) =>
        CallAllAsync(versions, version => Grain(grains, tenant, version.Claim.ClaimId).SubmitVersionAsync(version));

    public static Task<ClaimRemittanceResult?[]> ApplyAsync(IGrainFactory grains, string tenant, IReadOnlyList<RemittancePayment> payments) =>
        CallAllAsync(payments, payment => Grain(grains, tenant, payment.ClaimId).ApplyRemittanceAsync(payment));

    private static IClaimGrain Grain(IGrainFactory grains, string tenant, string claimId) => grains.GetGrain<IClaimGrain>(TenantKeys.For(tenant, claimId));

    private static async Task<TResult[]> CallAllAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, Task<TResult>> call)
    {
        var results = new TResult[items.Count];
        for (var start = 0; start < items.Count; start += InFlight)
        {
            var end = Math.Min(items.Count, start + InFlight);
            var chunk = new Task<TResult>[end - start];
            for (var i = start; i < end; i++)
            {
                chunk[i - start] = call(items[i]);
            }

            (await Task.WhenAll(chunk)).CopyTo(results, start);
        }

        return results;
    }
}
