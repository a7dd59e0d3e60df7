using Mesh.Grains.Patients;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Patients;

/// <summary>Query string of GET /patients.</summary>
public sealed record PatientSearchQuery(string? Name, DateOnly? BirthDate, int? Offset, int? Limit)
{
    public const int MaxLimit = 200;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Name is not null && !FreeText.IsValid(Name, 100))
        {
            errors["name"] = ["1-100 characters, no control characters."];
        }

        if (Offset is < 0)
        {
            errors["offset"] = ["Must not be negative."];
        }

        if (Limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"Between 1 and {MaxLimit}."];
        }

        return errors;
    }

    public PatientSearch ToSearch() => new(Name?.Trim(), BirthDate, Offset ?? 0, Limit ?? 50);
}
