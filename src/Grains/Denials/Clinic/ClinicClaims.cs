using Mesh.Grains.Claims;
using Orleans;

namespace Mesh.Grains.Denials.Clinic;

/// <summary>Reads a clinic's claims through its index and claim grains, a page at a time.</summary>
public sealed class ClinicClaims(IGrainFactory grains, string tenant)
{
    /// <summary>The claim's view, or null when the clinic has none by that id.</summary>
    public Task<ClaimView?> GetAsync(string claimId) => grains.GetGrain<IClaimGrain>(TenantKeys.For(tenant, claimId)).GetAsync();

    /// <summary>Every claim summary that matches, page by page.</summary>
    public async Task<List<ClaimSummary>> ListAsync(string? patientId = null, DateOnly? from = null, DateOnly? to = null, int max = int.MaxValue)
    {
        var index = grains.GetGrain<IClaimIndexGrain>(tenant);
        var all = new List<ClaimSummary>();
        while (all.Count < max)
        {
            var page = await index.ListClaimsAsync(new ClaimQuery(null, null, patientId, from, to, all.Count, ClaimQuery.MaxLimit));
            all.AddRange(page.Items);
            if (page.Items.Count < ClaimQuery.MaxLimit)
            {
                break;
            }
        }

        return all;
    }

    /// <summary>Every denial paid in the period, page by page.</summary>
    public async Task<List<ClaimDenial>> ListDenialsAsync(DateOnly from, DateOnly to)
    {
        var index = grains.GetGrain<IClaimIndexGrain>(tenant);
        var all = new List<ClaimDenial>();
        while (true)
        {
            var page = await index.ListDenialsAsync(new DenialQuery(null, null, null, from, to, all.Count, ClaimQuery.MaxLimit));
            all.AddRange(page.Items);
            if (page.Items.Count < ClaimQuery.MaxLimit)
            {
                return all;
            }
        }
    }

    /// <summary>The views of <paramref name="claimIds"/>, fetched a batch at a time; claims gone missing are left out.</summary>
    public async Task<List<ClaimView>> GetManyAsync(IEnumerable<string> claimIds)
    {
        var views = new List<ClaimView>();
        foreach (var batch in claimIds.Chunk(200))
        {
            views.AddRange((await Task.WhenAll(batch.Select(GetAsync))).OfType<ClaimView>());
        }

        return views;
    }
}
