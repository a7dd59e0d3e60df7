using System.Text.RegularExpressions;
using Mesh.Grains.Claims;
using Mesh.Grains.Patients;
using Mesh.Grains.Reports;

namespace Mesh.Grains.Agents.Offline;

/// <summary>
/// What a question is about, read without a model: the patient and claim named in its contexts or its words
/// ("patient p-17", "claim CLM-9"), a name to look a patient up by, and the subject of a code search ("codes for type 2
/// diabetes").
/// </summary>
public sealed partial record QuestionSubjects(string? PatientId, string? ClaimId, string? PatientName, string? CodeQuery, string? ReportId)
{
    /// <summary>Reads the subjects of <paramref name="question"/> and <paramref name="contexts"/>; contexts win over words.</summary>
    public static QuestionSubjects Read(string question, IReadOnlyList<ChatContextRef> contexts)
    {
        ArgumentNullException.ThrowIfNull(question);
        var patient = contexts.FirstOrDefault(c => c.Type == "PATIENT")?.Id
            ?? contexts.Where(c => c.Type is not ("PATIENT" or "CLAIM")).Select(c => c.Id.Split('/')[0]).FirstOrDefault()
            ?? Id(PatientPattern(), question, PatientIds.IsValid);
        var claim = contexts.FirstOrDefault(c => c.Type == "CLAIM")?.Id ?? Id(ClaimPattern(), question, ClaimIds.IsValid);
        var name = patient is null && NamePattern().Match(question) is { Success: true } n ? n.Groups["name"].Value : null;
        var code = CodePattern().Match(question) is { Success: true } c ? c.Groups["what"].Value.Trim().TrimEnd('?', '.', '!') : null;
        return new QuestionSubjects(patient, claim, name, code, Id(ReportPattern(), question, ReportIds.IsValid));
    }

    // An id is held to the same rule the APIs hold it to, so the chat reaches exactly the records they do. The pattern
    // stops at a comma or question mark (not id characters), but takes the sentence's full stop: that is not part of it.
    private static string? Id(Regex pattern, string question, Func<string, bool> isValid) =>
        pattern.Match(question) is { Success: true } match && match.Groups["id"].Value.TrimEnd('.') is var id && isValid(id) ? id : null;

    // Letters, digits and _ . - with at least one digit, so "claim status" names no claim.
    private const string IdWithDigit = "(?<id>[" + RecordIds.Characters + "]*[0-9][" + RecordIds.Characters + "]*)";

    [GeneratedRegex(@"\bpatient\s+(?:id\s+)?" + IdWithDigit, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PatientPattern();

    [GeneratedRegex(@"\bclaim\s+(?:id\s+|number\s+|#)?" + IdWithDigit, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClaimPattern();

    [GeneratedRegex(@"\breport\s+" + IdWithDigit, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportPattern();

    // Two capitalised words after "for", "of", "does" or "is": "allergies of Anna Kovacs", "does Anna Kovacs take".
    [GeneratedRegex(@"\b(?i:for|of|does|is|has|about|find)\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+)", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\b(?:codes?|icd-?10(?:-cm)?(?:\s+codes?)?)\s+(?:for|of)\s+(?<what>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
