using Mesh.Grains.Claims;

namespace Mesh.WebFrontend.Claims;

/// <summary>Query string of GET /denials.</summary>
public sealed record DenialListQuery(string? Payer, string? Reason, string? ClaimId, DateOnly? From, DateOnly? To, int? Offset, int? Limit)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = ListPaging.Validate(Offset, Limit, From, To);
        ListPaging.CheckId(errors, "payer", Payer);
        ListPaging.CheckId(errors, "reason", Reason);
        ListPaging.CheckId(errors, "claimId", ClaimId);
        return errors;
    }

    public DenialQuery ToQuery() => new(Payer, Reason, ClaimId, From, To, Offset ?? 0, Limit ?? ListPaging.DefaultLimit);
}
