using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;

namespace Mesh.WebFrontend.Fhir.Claims;

/// <summary>The small readings Claim and ExplanationOfBenefit mapping share: money, days, codes, ids.</summary>
internal static class FhirBilling
{
    /// <summary>The sender every claim and remittance from FHIR names, as an 837's ISA06 names its submitter.</summary>
    public const string Sender = "FHIR";

    /// <summary>X12 carries procedure, modifier, revenue and reason codes of up to 48 characters; a longer one is no code.</summary>
    public const int MaxCodeLength = 48;

    /// <summary>The largest amount (and quantity) X12 carries; a larger one is no claim's, and summing such could overflow.</summary>
    public const decimal MaxAmount = 99_999_999.99m;

    /// <summary>The first amount beyond <see cref="MaxAmount"/>, as a 422 at its field; null when every amount fits.</summary>
    public static FhirIssue? TooLarge(IEnumerable<(decimal? Value, string Path)> amounts) =>
        amounts.FirstOrDefault(a => a.Value is { } value && Math.Abs(value) > MaxAmount) is { Path: { } path }
            ? Unprocessable($"An amount or quantity is beyond {MaxAmount.ToString(CultureInfo.InvariantCulture)}, more than a claim carries.", path)
            : null;

    /// <summary>An amount in cents, as X12 carries it (Synthea writes floating-point artefacts such as 449.66400000000004).</summary>
    public static decimal? Money(Money? money) => money?.Value is { } value ? Math.Round(value, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>The day a FHIR date or dateTime begins with.</summary>
    public static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : null;

    /// <summary>The day a serviced[x] (a date or a period) begins.</summary>
    public static DateOnly? ServiceDay(DataType? serviced) => serviced switch
    {
        Date date => Day(date.Value),
        Period period => Day(period.Start),
        _ => null,
    };

    /// <summary>The code of a concept: the first coding from a preferred system, else the first coding with a code.</summary>
    public static string? Code(CodeableConcept? concept, params string[] preferredSystems)
    {
        var codings = concept?.Coding.Where(c => !string.IsNullOrWhiteSpace(c.Code)).ToList() ?? [];
        var preferred = codings.FirstOrDefault(c => preferredSystems.Any(s => c.System?.Contains(s, StringComparison.OrdinalIgnoreCase) == true));
        return (preferred ?? codings.FirstOrDefault())?.Code?.Trim();
    }

    /// <summary>Whether a code can travel as an X12 code: short, printable, no separators.</summary>
    public static bool IsCode(string code) =>
        code.Length is > 0 and <= MaxCodeLength && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    /// <summary>The ICD-10 coding of a concept, as X12 carries it: upper case, no dot; null when it has none that reads as one.</summary>
    public static string? Icd10(CodeableConcept? concept)
    {
        var code = concept?.Coding.FirstOrDefault(c => c.System?.Contains("icd-10", StringComparison.OrdinalIgnoreCase) == true && !string.IsNullOrWhiteSpace(c.Code))?.Code;
        return NormalizeIcd10(code);
    }

    public static string? NormalizeIcd10(string? code)
    {
        var plain = code?.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        return plain is { Length: >= 3 and <= 7 } && char.IsAsciiLetter(plain[0]) && plain.All(char.IsAsciiLetterOrDigit) ? plain : null;
    }

    /// <summary>
    /// An id for a payer or provider known only by name ("private", "Blue Cross"): the characters claim ids allow,
    /// the rest as '-', so it can be filtered on and keyed like an X12 payer id.
    /// </summary>
    public static string SafeId(string text)
    {
        var id = new string([.. text.Trim().Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-')]);
        return id.Length == 0 ? "unknown" : id[..Math.Min(id.Length, 80)];
    }

    /// <summary>
    /// What identifies one version of a resource, as an interchange control number identifies an X12 file: its
    /// meta.versionId when sent, else a digest of its content (the patient's store tells versionless resources apart
    /// by content too), so the same resource again is recognised and a changed one is not.
    /// </summary>
    public static string VersionToken(string resourceType, string id, string? versionId, string json) =>
        versionId is { Length: > 0 }
            ? $"{resourceType}/{id}/_history/{versionId}"
            : $"{resourceType}/{id}/#{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16]}";

    /// <summary>An entry that cannot be what Mesh would make of it (a claim, a remittance): 422, at the entry's field.</summary>
    public static FhirIssue Unprocessable(string message, string expression) =>
        new(StatusCodes.Status422UnprocessableEntity, OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Processing, message, expression);

    public static FhirIssue Warning(string message, string expression) =>
        new(StatusCodes.Status200OK, OperationOutcome.IssueSeverity.Warning, OperationOutcome.IssueType.Informational, message, expression);
}
