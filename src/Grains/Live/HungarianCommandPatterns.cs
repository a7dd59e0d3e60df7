using System.Text.RegularExpressions;

namespace Mesh.Grains.Live;

/// <summary>
/// Hungarian voice commands on folded text (no accents): "jegyezd fel, hogy …", "kontroll két hét múlva",
/// "írj fel amoxicillint …". Like the English ones, each opens with an imperative or the bare order.
/// </summary>
internal static class HungarianCommandPatterns
{
    private static readonly Regex Note = new(
        @"^(?:(?:jegyezd|jegyezze|jegyezzuk|jegyezz)\s+(?:fel|le|meg)|(?:ird|irja|irjuk)\s+(?:fel|le)|(?:megjegyzes|jegyzet|feljegyzes)(?=\s*:))" +
        @"(?:\s*[:,;\-]\s*|\s+)(?:hogy\s+)?(?<text>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.Compiled);

    private const string Interval =
        $@"(?<n>{SpokenNumbers.Hungarian})\s+(?<u>nap|het|honap|ev)\p{{L}}*\s+mulva\p{{L}}*";

    private static readonly Regex FollowUp = new(
        @"^(?:(?:kerek|kerem|kerjen|legyen|irj|irjon|utemezz|utemezzen|utemezd|foglalj|foglaljon|foglald|adj|adjon|tegyel|tegyen|rogzits|rogzitsen)\s+" +
        @"(?:(?:be|fel|egy|neki)\s+)*)?" +
        @"(?:kontroll\p{L}*|ujrakontroll\p{L}*|kontrollvizsgalat\p{L}*|visszarendeles\p{L}*|idopont\p{L}*)" +
        @"(?:\s+(?:vizsgalat\p{L}*|idopont\p{L}*|kerek|kerem|legyen|lesz))?" +
        $@"\s+{Interval}" +
        $@"|^{Interval}\s+(?:legyen\s+|lesz\s+|jojjon\s+)?(?:kontroll|visszarendeles|ujrakontroll)\p{{L}}*",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "A kontroll két hét múlva volt" reports a past visit.
    private static readonly Regex PastTense = new(@"^\s*(?:volt|voltak|megvolt|tortent)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Prescribe = new(
        @"^(?:(?:irj|irjon|irjal|ird|irjuk|irjunk)\s+fel|(?:rendelj|rendeljen|rendeljunk|rendeld)(?:\s+el)?|(?:kezdj|kezdjen|kezdjunk|kezdjuk)\s+el)" +
        @"(?:\s+(?:neki|a\s+betegnek|a\s+paciensnek))?\s+(?<rest>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.Compiled);

    public static VoiceCommand? Match(CommandCandidate candidate, DateOnly today) =>
        ReadPrescription(candidate) ?? ReadNote(candidate) ?? ReadFollowUp(candidate, today);

    private static VoiceCommand? ReadPrescription(CommandCandidate candidate)
    {
        var match = Prescribe.Match(candidate.Folded);
        if (!match.Success)
        {
            return null;
        }

        // "Írd fel, hogy …" is a note: the reader finds no drug right after the verb there, so the note pattern gets its turn.
        var rest = match.Groups["rest"];
        return PrescriptionReader.Read(candidate.Said[rest.Index..], candidate.Folded[rest.Index..], hungarian: true);
    }

    private static VoiceCommand? ReadNote(CommandCandidate candidate)
    {
        var match = Note.Match(candidate.Folded);
        return match.Success ? CommandText.Note(candidate.Said, match.Groups["text"]) : null;
    }

    private static VoiceCommand? ReadFollowUp(CommandCandidate candidate, DateOnly today)
    {
        var match = FollowUp.Match(candidate.Folded);
        if (!match.Success || PastTense.IsMatch(candidate.Folded[(match.Index + match.Length)..])
            || FollowUpInterval.UnitOf(match.Groups["u"].Value) is not { } unit
            || SpokenNumbers.ParseHungarian(match.Groups["n"].Value) is not { } amount)
        {
            return null;
        }

        return new FollowUpInterval(amount, unit).From(today);
    }
}
