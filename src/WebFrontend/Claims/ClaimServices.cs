using Mesh.Grains;
using Mesh.Grains.Claims;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;

namespace Mesh.WebFrontend.Claims;

/// <summary>What the claim handlers use, bundled for [AsParameters]. The clinic always comes from the token.</summary>
public sealed record ClaimServices(IGrainFactory Grains, IPatientDataAudit Audit, TimeProvider Time, HttpContext Http)
{
    public const string ClaimResource = "claim";
    public const string DenialResource = "denial";
    public const string ContractResource = "contract";
    public const string RemittanceResource = "remittance";

    public string Tenant => Http.GetClinicUser().Tenant;

    /// <summary>The caller's clinic's grain for <paramref name="id"/>; null for ids that cannot exist.</summary>
    public IClaimGrain? Claim(string id) => ClaimIds.IsValid(id) ? Grains.GetGrain<IClaimGrain>(TenantKeys.For(Tenant, id)) : null;

    public IClaimIndexGrain Index => Grains.GetGrain<IClaimIndexGrain>(Tenant);

    /// <summary>The caller's clinic's contract with <paramref name="payerId"/>; null for ids that cannot exist.</summary>
    public IContractGrain? Contract(string payerId) =>
        ClaimIds.IsValid(payerId) ? Grains.GetGrain<IContractGrain>(TenantKeys.For(Tenant, payerId)) : null;

    public static IResult NotFound(string what, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: detail);
}
