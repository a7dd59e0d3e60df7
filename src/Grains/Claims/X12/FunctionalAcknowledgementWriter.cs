using System.Globalization;
using System.Text;

namespace Mesh.Grains.Claims.X12;

/// <summary>
/// Writes the 999 (005010X231A1) that answers an 837: one ST per functional group received, an AK2/IK5 per
/// transaction set, IK3/IK4 naming the segment (position counted from ST) and element of each issue, and AK9.
/// </summary>
/// <remarks>
/// Mesh accepts or rejects each claim on its own, while a 999 speaks of transaction sets. A set whose claims were all
/// accepted is A. A set with some claims rejected and some accepted is E (accepted, errors noted): the guide allows
/// it, the accepted claims go on to adjudication, and the IK3/IK4 tell the submitter which segments to fix and resend.
/// A set whose envelope is broken, that is not an 837 Mesh takes, or whose every claim was rejected is R. The 999
/// answers in the same ISA13 and GS06 it acknowledges (as the response to that interchange) with sender and receiver
/// swapped, written with <c>*</c>, <c>^</c>, <c>:</c> and <c>~</c> and a line break after each segment.
/// </remarks>
internal static class FunctionalAcknowledgementWriter
{
    private const string Version = "005010X231A1";

    public static string Write(X12Envelope envelope, IReadOnlyList<TransactionSetOutcome> outcomes, DateTimeOffset at)
    {
        var isa = envelope.Isa!;
        var control = Clean(isa[13]).PadLeft(9, '0')[..9];
        var groupControl = long.TryParse(control, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number.ToString(CultureInfo.InvariantCulture) : "1";
        var text = new StringBuilder();
        Segment(text, "ISA", "00", new string(' ', 10), "00", new string(' ', 10),
            Qualifier(isa[7]), Field(isa[8]), Qualifier(isa[5]), Field(isa[6]),
            at.UtcDateTime.ToString("yyMMdd", CultureInfo.InvariantCulture), at.UtcDateTime.ToString("HHmm", CultureInfo.InvariantCulture),
            "^", "00501", control, "0", isa[15] == "T" ? "T" : "P", ":");
        var first = envelope.Groups.FirstOrDefault()?.Header;
        Segment(text, "GS", "FA", Clean(first?[3] ?? isa[8].Trim()), Clean(first?[2] ?? isa[6].Trim()),
            at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture), at.UtcDateTime.ToString("HHmm", CultureInfo.InvariantCulture),
            groupControl, "X", Version);
        var sets = 0;
        foreach (var group in envelope.Groups)
        {
            sets++;
            WriteGroup(text, group, outcomes, sets);
        }

        Segment(text, "GE", sets.ToString(CultureInfo.InvariantCulture), groupControl);
        Segment(text, "IEA", "1", control);
        return text.ToString();
    }

    private static void WriteGroup(StringBuilder text, X12FunctionalGroup group, IReadOnlyList<TransactionSetOutcome> outcomes, int number)
    {
        var control = number.ToString("0000", CultureInfo.InvariantCulture);
        var count = 0;
        void Add(string id, params string[] elements)
        {
            Segment(text, id, elements);
            count++;
        }

        Add("ST", "999", control, Version);
        Add("AK1", Clean(group.FunctionalId), Clean(group.ControlNumber), Clean(group.Version));
        var accepted = 0;
        foreach (var outcome in outcomes.Where(o => group.TransactionSets.Contains(o.Set)))
        {
            var set = outcome.Set;
            Add("AK2", Clean(set.Id), Clean(set.ControlNumber), Clean(set.Header[3]));
            foreach (var segment in outcome.Issues.Where(i => Inside(i, set)).GroupBy(i => (i.Segment, i.Position)).OrderBy(g => g.Key.Position))
            {
                var elementIssues = segment.Where(i => i.Element is not null && i.Code != X12IssueCodes.MissingSegment).ToList();
                Add("IK3", Clean(segment.Key.Segment), (segment.Key.Position - set.Header.Position + 1).ToString(CultureInfo.InvariantCulture), "",
                    elementIssues.Count > 0 ? "8" : SegmentCode(segment.First().Code));
                foreach (var issue in elementIssues.DistinctBy(i => (i.Element, i.Component, i.Code)).OrderBy(i => (i.Element, i.Component)))
                {
                    var position = issue.Component is { } component ? $"{issue.Element}:{component}" : $"{issue.Element}";
                    Add("IK4", position, "", ElementCode(issue.Code));
                }
            }

            var status = Status(outcome);
            accepted += status == "R" ? 0 : 1;
            Add("IK5", status == "A" ? ["A"] : [status, .. SetCodes(outcome)]);
        }

        var received = group.TransactionSets.Count;
        var groupStatus = accepted == 0 ? "R" : accepted < received ? "P" : outcomes.Any(o => group.TransactionSets.Contains(o.Set) && Status(o) == "E") ? "E" : "A";
        var groupCodes = group.Issues.Where(i => i.Segment is "GS" or "GE").Select(i => GroupCode(i.Code)).Distinct();
        Add("AK9", [groupStatus, received.ToString(CultureInfo.InvariantCulture), received.ToString(CultureInfo.InvariantCulture), accepted.ToString(CultureInfo.InvariantCulture), .. groupCodes]);
        Segment(text, "SE", (count + 1).ToString(CultureInfo.InvariantCulture), control);
    }

    private static string Status(TransactionSetOutcome outcome) =>
        outcome.Set.EnvelopeIssues.Count > 0 || outcome.Accepted == 0 ? "R" : outcome.Accepted < outcome.Claims ? "E" : "A";

    private static bool Inside(X12Issue issue, X12TransactionSet set) =>
        issue.Position >= set.Header.Position && issue.Position <= set.Header.Position + set.Body.Count + 1 && issue.Segment is not ("SE" or "ST");

    // IK304: the segment syntax error code.
    private static string SegmentCode(string code) => code switch
    {
        X12IssueCodes.MissingSegment => "3",
        X12IssueCodes.UnexpectedSegment => "2",
        X12IssueCodes.InvalidSegmentId => "1",
        _ => "8",
    };

    // IK403: the element syntax error code.
    private static string ElementCode(string code) => code switch
    {
        X12IssueCodes.MissingElement => "1",
        X12IssueCodes.InvalidDate => "8",
        X12IssueCodes.InvalidAmount or X12IssueCodes.InvalidQuantity => "6",
        X12IssueCodes.NpiCheckDigit or X12IssueCodes.Icd10Shape or X12IssueCodes.ProcedureCodeShape or X12IssueCodes.ModifierShape => "I12",
        _ => "7",
    };

    // IK502-IK506: why a set was rejected or has errors; 5 (segments in error) when its own trailer is sound.
    private static IEnumerable<string> SetCodes(TransactionSetOutcome outcome)
    {
        var codes = outcome.Issues.Select(i => i.Code switch
        {
            X12IssueCodes.UnsupportedTransaction => "1",
            X12IssueCodes.SeMissing => "2",
            X12IssueCodes.SeControlMismatch => "3",
            X12IssueCodes.SeCountMismatch => "4",
            _ => "",
        }).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal).Take(5).ToList();
        return codes.Count > 0 ? codes : ["5"];
    }

    // AK905: why a functional group has errors.
    private static string GroupCode(string code) => code switch
    {
        X12IssueCodes.GeMissing => "3",
        X12IssueCodes.GeControlMismatch => "4",
        X12IssueCodes.GeCountMismatch => "5",
        _ => "5",
    };

    private static void Segment(StringBuilder text, string id, params string[] elements)
    {
        text.Append(id);
        foreach (var element in elements)
        {
            text.Append('*').Append(element);
        }

        // Trailing empty elements are not written.
        while (text[^1] == '*')
        {
            text.Length--;
        }

        text.Append("~\n");
    }

    private static string Qualifier(string value) => Clean(value).PadRight(2)[..2];

    private static string Field(string value) => Clean(value.Trim()).PadRight(15)[..15];

    // Values copied from the file are written with Mesh's delimiters; a character that is one of them is dropped.
    private static string Clean(string value) =>
        new(value.Where(c => c is not ('*' or '^' or ':' or '~') && !char.IsControl(c)).Take(80).ToArray());
}
