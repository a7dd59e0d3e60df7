using Mesh.Grains;
using Mesh.Grains.Claims;
using Mesh.Grains.Denials;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Claims;

namespace Mesh.WebFrontend.Denials;

/// <summary>What the denial handlers use, bundled for [AsParameters]. The clinic always comes from the token.</summary>
public sealed record DenialServices(IGrainFactory Grains, IPatientDataAudit Audit, HttpContext Http)
{
    public const string RiskResource = "claim-risk";
    public const string ModelResource = "denial-model";
    public const string AppealResource = "appeal";
    public const string RevenueResource = "revenue-stats";

    public ClinicUser User => Http.GetClinicUser();

    public IClinicDenialsGrain Clinic => Grains.GetGrain<IClinicDenialsGrain>(User.Tenant);

    public IDenialModelGrain Model => Grains.GetGrain<IDenialModelGrain>(User.Tenant);

    /// <summary>The caller's clinic's appeal <paramref name="appealId"/>; null for ids that cannot exist.</summary>
    public IAppealGrain? Appeal(string appealId) => ClaimIds.IsValid(appealId) ? Grains.GetGrain<IAppealGrain>(TenantKeys.For(User.Tenant, appealId)) : null;

    /// <summary>The appeal's latest version when it exists and appeals <paramref name="denialId"/>; null otherwise (a 404 either way).</summary>
    public async Task<AppealVersion?> AppealOfAsync(string denialId, string appealId) =>
        Appeal(appealId) is { } grain && await grain.GetAsync(null).ConfigureAwait(false) is { } latest && latest.DenialId == denialId ? latest : null;
}
