using System.Text.RegularExpressions;
using Mesh.Grains.Agents.Tools;

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
            ?? Id(PatientPattern(), question);
        var claim = contexts.FirstOrDefault(c => c.Type == "CLAIM")?.Id ?? Id(ClaimPattern(), question);
        var name = patient is null && NamePattern().Match(question) is { Success: true } n ? n.Groups["name"].Value : null;
        var code = CodePattern().Match(question) is { Success: true } c ? c.Groups["what"].Value.Trim().TrimEnd('?', '.', '!') : null;
        return new QuestionSubjects(patient, claim, name, code, Id(ReportPattern(), question));
    }

    private static string? Id(Regex pattern, string question) =>
        pattern.Match(question) is { Success: true } match && AgentIds.IsValid(match.Groups["id"].Value.TrimEnd('.', ',', '?')) ? match.Groups["id"].Value.TrimEnd('.', ',', '?') : null;

    [GeneratedRegex(@"\bpatient\s+(?:id\s+)?(?<id>[A-Za-z0-9][A-Za-z0-9._-]*\d[A-Za-z0-9._-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PatientPattern();

    [GeneratedRegex(@"\bclaim\s+(?:id\s+|number\s+|#)?(?<id>[A-Za-z0-9][A-Za-z0-9._-]*\d[A-Za-z0-9._-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClaimPattern();

    [GeneratedRegex(@"\breport\s+(?<id>[A-Za-z0-9][A-Za-z0-9._-]*\d[A-Za-z0-9._-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportPattern();

    // Two capitalised words after "for", "of", "does" or "is": "allergies of Anna Kovacs", "does Anna Kovacs take".
    [GeneratedRegex(@"\b(?i:for|of|does|is|has|about|find)\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+)", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\b(?:codes?|icd-?10(?:-cm)?(?:\s+codes?)?)\s+(?:for|of)\s+(?<what>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
