using System.Text.RegularExpressions;

namespace Mesh.Grains.Live;

/// <summary>
/// English voice commands, matched on folded text at a command start. Each pattern opens with an imperative, so
/// "we noted a rash" or "the patient was prescribed amoxicillin last year" never match.
/// </summary>
internal static class EnglishCommandPatterns
{
    private static readonly Regex Note = new(
        @"^(?:" +
        @"(?:add|make|take|write|put|leave|create|jot)\s+(?:down\s+)?(?:a\s+|an\s+|the\s+)?(?:quick\s+|short\s+|brief\s+)?note" +
        @"(?:\s+(?:to|in)\s+the\s+(?:chart|record|file|notes))?(?:\s*[:,;.\-]\s*|\s+(?:that|saying|of)\s+|\s+)" +
        @"|add\s+to\s+the\s+notes?(?:\s*[:,;.\-]\s*|\s+that\s+|\s+)" +
        @"|note(?:\s+down)?(?:\s*[:,;\-]\s*|\s+that\s+)" +
        @"|note\s+down\s+" +
        @"|(?:jot|write)\s+down(?:\s+that)?(?:\s*[:,;\-]\s*|\s+)" +
        @")(?<text>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.Compiled);

    private const string Interval =
        $@"(?:(?:in|after|within|for)\s+(?:about\s+|approximately\s+|roughly\s+|another\s+)?(?<n>{SpokenNumbers.English})\s+(?<u>days?|weeks?|months?|years?)'?" +
        $@"|(?<n>{SpokenNumbers.English})\s+(?<u>days?|weeks?|months?|years?)\s+from\s+now" +
        @"|in\s+a\s+(?<u>fortnight)" +
        @"|next\s+(?<u>week|month|year))(?![\p{L}])";

    private static readonly Regex FollowUp = new(
        @"^(?:" +
        @"(?:schedule|book|arrange|set\s+up|plan|make|add|put\s+in|organi[sz]e)\s+(?:a\s+|an\s+|the\s+|another\s+|one\s+more\s+)?" +
        @"(?:(?:follow[\s\-]?up|check[\s\-]?up|control|review|recheck|re-check|return)(?:\s+(?:visit|appointment|exam|examination|consultation|call))?" +
        @"|appointment|visit|consultation)" +
        @"(?:\s+(?!(?:in|after|within|for|next)\s)[\p{L}\p{N}'.\-]+){0,5}?" +
        @"|(?:follow[\s\-]?up|recheck|re-check|review)(?:\s+(?:visit|appointment|exam))?" +
        $@")\s+{Interval}",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Prescribe = new(
        @"^(?:prescribe" +
        @"|(?:write|issue|send)\s+(?:out\s+)?(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:prescription|script|rx|e-?prescription)\s+for" +
        @"|(?:start|put)\s+(?:the\s+patient|patient|him|her|them)\s+on" +
        @"|give\s+(?:the\s+patient|him|her|them))" +
        @"(?:\s+(?:the\s+patient|him|her|them))?\s+(?<rest>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.Compiled);

    public static VoiceCommand? Match(CommandCandidate candidate, DateOnly today) =>
        ReadNote(candidate) ?? ReadFollowUp(candidate, today) ?? ReadPrescription(candidate);

    private static VoiceCommand? ReadNote(CommandCandidate candidate)
    {
        var match = Note.Match(candidate.Folded);
        return match.Success ? CommandText.Note(candidate.Said, match.Groups["text"]) : null;
    }

    private static VoiceCommand? ReadFollowUp(CommandCandidate candidate, DateOnly today)
    {
        var match = FollowUp.Match(candidate.Folded);
        if (!match.Success || FollowUpInterval.UnitOf(match.Groups["u"].Value) is not { } unit)
        {
            return null;
        }

        var amount = match.Groups["u"].Value == "fortnight" ? 2
            : match.Groups["n"].Success ? SpokenNumbers.ParseEnglish(match.Groups["n"].Value)
            : 1;
        return amount is { } value ? new FollowUpInterval(value, unit).From(today) : null;
    }

    private static VoiceCommand? ReadPrescription(CommandCandidate candidate)
    {
        var match = Prescribe.Match(candidate.Folded);
        if (!match.Success)
        {
            return null;
        }

        var rest = match.Groups["rest"];
        return PrescriptionReader.Read(candidate.Said[rest.Index..], candidate.Folded[rest.Index..], hungarian: false);
    }
}
