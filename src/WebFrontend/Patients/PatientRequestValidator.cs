using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Patients;

/// <summary>Checks a patient body and names every field that is wrong, so a client can fix them all at once.</summary>
public static class PatientRequestValidator
{
    private const int MaxNameLength = 100;
    private const int MaxListLength = 200;
    private const int MaxTextLength = 200;

    public static Dictionary<string, string[]> Validate(PatientRequest request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (!FreeText.IsValid(request.GivenName, MaxNameLength))
        {
            Fail("givenName", $"Required: 1-{MaxNameLength} characters, no control characters.");
        }

        if (!FreeText.IsValid(request.FamilyName, MaxNameLength))
        {
            Fail("familyName", $"Required: 1-{MaxNameLength} characters, no control characters.");
        }

        if (request.BirthDate is not { } birthDate || birthDate > today || birthDate.Year < 1880)
        {
            Fail("birthDate", "Required: a date (YYYY-MM-DD) not in the future and after 1880.");
        }

        if (request.Sex is null || !Enum.IsDefined(request.Sex.Value))
        {
            Fail("sex", "Required: female, male, other or unknown.");
        }

        if (!LanguageTags.IsValid(request.Language))
        {
            Fail("language", "Required: a language tag such as en, hu or pt-BR.");
        }

        CheckList(errors, "identifiers", request.Identifiers, i => FreeText.IsValid(i.System, 64) && FreeText.IsValid(i.Value, 64));
        CheckList(errors, "conditions", request.Conditions, c => FreeText.IsValid(c.Text, MaxTextLength));
        CheckList(errors, "medications", request.Medications, m => FreeText.IsValid(m.Name, MaxTextLength) && Optional(m.Dose) && Optional(m.Route) && Optional(m.Frequency));
        CheckList(errors, "allergies", request.Allergies, a => FreeText.IsValid(a.Substance, MaxTextLength) && Optional(a.Reaction));
        CheckList(errors, "observations", request.Observations, o => FreeText.IsValid(o.Kind, 64) && FreeText.IsValid(o.Value, 64) && Optional(o.Unit));
        return errors;
    }

    private static bool Optional(string? text) => text is null || FreeText.IsValid(text, MaxTextLength);

    private static void CheckList<T>(Dictionary<string, string[]> errors, string field, IReadOnlyList<T>? items, Func<T, bool> isValid)
    {
        if (items is null)
        {
            return;
        }

        if (items.Count > MaxListLength)
        {
            errors[field] = [$"At most {MaxListLength} items."];
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null || !isValid(items[i]))
            {
                errors[$"{field}[{i}]"] = [$"Required text fields must be 1-{MaxTextLength} characters without control characters."];
            }
        }
    }
}
