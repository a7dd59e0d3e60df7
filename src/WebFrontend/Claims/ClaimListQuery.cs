using Mesh.Grains.Claims;

namespace Mesh.WebFrontend.Claims;

/// <summary>Query string of GET /claims.</summary>
public sealed record ClaimListQuery(string? Status, string? Payer, string? PatientId, DateOnly? From, DateOnly? To, int? Offset, int? Limit)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = ListPaging.Validate(Offset, Limit, From, To);
        if (Status is not null && !Enum.TryParse<ClaimStatus>(Status, ignoreCase: true, out _))
        {
            errors["status"] = [$"One of {string.Join(", ", Enum.GetNames<ClaimStatus>().Select(n => n.ToLowerInvariant()))}."];
        }

        ListPaging.CheckId(errors, "payer", Payer);
        ListPaging.CheckId(errors, "patientId", PatientId);
        return errors;
    }

    public ClaimQuery ToQuery() => new(
        Status is null ? null : Enum.Parse<ClaimStatus>(Status, ignoreCase: true), Payer, PatientId, From, To, Offset ?? 0, Limit ?? ListPaging.DefaultLimit);
}
