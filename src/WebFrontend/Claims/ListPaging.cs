using Mesh.Grains.Claims;

namespace Mesh.WebFrontend.Claims;

/// <summary>The checks the claim and denial lists share: paging, the date range and id-shaped filters.</summary>
internal static class ListPaging
{
    public const int DefaultLimit = 50;

    public static Dictionary<string, string[]> Validate(int? offset, int? limit, DateOnly? from, DateOnly? to)
    {
        var errors = new Dictionary<string, string[]>();
        if (offset is < 0)
        {
            errors["offset"] = ["Must not be negative."];
        }

        if (limit is < 1 or > ClaimQuery.MaxLimit)
        {
            errors["limit"] = [$"Between 1 and {ClaimQuery.MaxLimit}."];
        }

        if (from > to)
        {
            errors["to"] = ["Must not be before from."];
        }

        return errors;
    }

    public static void CheckId(Dictionary<string, string[]> errors, string name, string? value)
    {
        if (value is not null && !ClaimIds.IsValid(value))
        {
            errors[name] = ["1-80 letters, digits, '.', '_' or '-'."];
        }
    }
}
