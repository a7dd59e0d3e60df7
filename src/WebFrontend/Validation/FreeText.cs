namespace Mesh.WebFrontend.Validation;

/// <summary>Checks for short human text (names, filter values): bounded length, no control characters.</summary>
public static class FreeText
{
    public static bool IsValid(string? text, int maxLength) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= maxLength && !text.Any(char.IsControl);
}
