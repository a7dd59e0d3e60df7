namespace Mesh.Grains.Claims.X12;

/// <summary>Shape checks of the identifiers a claim carries, which hold whatever code sets are loaded.</summary>
public static class ClaimCodeShapes
{
    /// <summary>
    /// An NPI: ten digits whose last is the Luhn check digit over "80840" (the health-industry card issuer prefix)
    /// followed by the first nine.
    /// </summary>
    public static bool IsNpi(string value)
    {
        if (value.Length != 10 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var payload = "80840" + value[..9];
        var sum = 0;
        // Doubling starts at the rightmost payload digit, since the check digit will follow it.
        for (var index = 0; index < payload.Length; index++)
        {
            var digit = payload[payload.Length - 1 - index] - '0';
            if (index % 2 == 0)
            {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10 == value[9] - '0';
    }

    /// <summary>
    /// An ICD-10-CM code as X12 carries it (no dot): a letter, a digit, a letter or digit, and up to four more letters
    /// or digits.
    /// </summary>
    public static bool IsIcd10Cm(string value) =>
        value.Length is >= 3 and <= 7
        && char.IsAsciiLetterUpper(value[0])
        && char.IsAsciiDigit(value[1])
        && value.Skip(2).All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    /// <summary>A HCPCS or CPT code: five digits, a letter and four digits, or four digits and F, T or U.</summary>
    public static bool IsProcedureCode(string value) =>
        value.Length == 5 && (
            value.All(char.IsAsciiDigit)
            || (char.IsAsciiLetterUpper(value[0]) && value.Skip(1).All(char.IsAsciiDigit))
            || (value.Take(4).All(char.IsAsciiDigit) && value[4] is 'F' or 'T' or 'U'));

    /// <summary>A procedure modifier: two upper-case letters or digits.</summary>
    public static bool IsModifier(string value) =>
        value.Length == 2 && value.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
}
