using System.Globalization;

namespace Mesh.Grains.Claims.X12;

/// <summary>Walks the segments of an interchange, groups them into functional groups and transaction sets, and
/// checks every trailer against its header.</summary>
internal sealed class X12EnvelopeChecker
{
    private readonly IReadOnlyList<X12Segment> _segments;
    private readonly List<X12Issue> _issues;
    private readonly List<X12Issue> _interchangeIssues = [];
    private int _index = 1;

    private X12EnvelopeChecker(X12Document document)
    {
        _segments = document.Segments;
        _issues = [.. document.Issues];
    }

    public static X12Envelope Check(X12Document document)
    {
        if (document.Segments.Count == 0)
        {
            return new X12Envelope(null, null, [], document.Issues);
        }

        return new X12EnvelopeChecker(document).Run();
    }

    private X12Envelope Run()
    {
        var isa = _segments[0];
        var interchange = new X12Interchange(isa[13].Trim(), isa[6].Trim(), isa[8].Trim());
        if (isa.ElementCount != 16 || isa[13].Trim().Length == 0)
        {
            Interchange(isa, 13, X12IssueCodes.IsaInvalid, "The ISA must have 16 elements and a control number (ISA13).");
        }

        var groups = new List<(X12Segment Gs, List<(X12Segment St, List<X12Segment> Body, List<X12Issue> Issues)> Sets, List<X12Issue> Issues)>();
        X12Segment? iea = null;
        while (_index < _segments.Count)
        {
            var segment = _segments[_index++];
            switch (segment.Id)
            {
                case "GS":
                    groups.Add(ReadGroup(segment));
                    break;
                case "IEA" when iea is null:
                    iea = segment;
                    break;
                default:
                    Add(segment, null, X12IssueCodes.UnexpectedSegment, iea is null
                        ? $"{segment.Id} stands outside a functional group (GS to GE)."
                        : $"{segment.Id} follows the IEA that ends the interchange.");
                    break;
            }
        }

        if (iea is null)
        {
            Interchange(_segments[^1], null, X12IssueCodes.IeaMissing, "The interchange has no IEA trailer.");
        }
        else
        {
            if (iea[2] != isa[13])
            {
                Interchange(iea, 2, X12IssueCodes.IeaControlMismatch, $"IEA02 '{X12Text.Shown(iea[2])}' differs from ISA13 '{X12Text.Shown(isa[13])}'.");
            }

            if (!CountIs(iea[1], groups.Count))
            {
                Interchange(iea, 1, X12IssueCodes.IeaCountMismatch, $"IEA01 says '{X12Text.Shown(iea[1])}' functional groups; the interchange has {groups.Count}.");
            }
        }

        var built = groups.Select(g => new X12FunctionalGroup(g.Gs, g.Sets
            .Select(s => new X12TransactionSet(s.St, g.Gs, s.Body, [.. _interchangeIssues, .. g.Issues, .. s.Issues]))
            .ToList(), g.Issues)).ToList();
        return new X12Envelope(interchange, isa, built, _issues);
    }

    private (X12Segment, List<(X12Segment, List<X12Segment>, List<X12Issue>)>, List<X12Issue>) ReadGroup(X12Segment gs)
    {
        var sets = new List<(X12Segment, List<X12Segment>, List<X12Issue>)>();
        var groupIssues = new List<X12Issue>();
        while (_index < _segments.Count)
        {
            var segment = _segments[_index];
            if (segment.Id is "GS" or "IEA")
            {
                break;
            }

            _index++;
            if (segment.Id == "GE")
            {
                if (segment[2] != gs[6])
                {
                    groupIssues.Add(Add(segment, 2, X12IssueCodes.GeControlMismatch, $"GE02 '{X12Text.Shown(segment[2])}' differs from GS06 '{X12Text.Shown(gs[6])}'."));
                }

                if (!CountIs(segment[1], sets.Count))
                {
                    groupIssues.Add(Add(segment, 1, X12IssueCodes.GeCountMismatch, $"GE01 says '{X12Text.Shown(segment[1])}' transaction sets; the group has {sets.Count}."));
                }

                return (gs, sets, groupIssues);
            }

            if (segment.Id == "ST")
            {
                sets.Add(ReadSet(segment));
            }
            else
            {
                groupIssues.Add(Add(segment, null, X12IssueCodes.UnexpectedSegment, $"{segment.Id} stands outside a transaction set (ST to SE)."));
            }
        }

        groupIssues.Add(Add(gs, null, X12IssueCodes.GeMissing, $"The functional group '{X12Text.Shown(gs[6])}' has no GE trailer."));
        return (gs, sets, groupIssues);
    }

    private (X12Segment, List<X12Segment>, List<X12Issue>) ReadSet(X12Segment st)
    {
        var body = new List<X12Segment>();
        var issues = new List<X12Issue>();
        while (_index < _segments.Count)
        {
            var segment = _segments[_index];
            if (segment.Id is "ST" or "GE" or "GS" or "IEA")
            {
                break;
            }

            _index++;
            if (segment.Id == "SE")
            {
                if (segment[2] != st[2])
                {
                    issues.Add(Add(segment, 2, X12IssueCodes.SeControlMismatch, $"SE02 '{X12Text.Shown(segment[2])}' differs from ST02 '{X12Text.Shown(st[2])}'."));
                }

                // SE01 counts ST and SE themselves.
                if (!CountIs(segment[1], body.Count + 2))
                {
                    issues.Add(Add(segment, 1, X12IssueCodes.SeCountMismatch, $"SE01 says '{X12Text.Shown(segment[1])}' segments; the transaction set has {body.Count + 2}."));
                }

                return (st, body, issues);
            }

            body.Add(segment);
        }

        issues.Add(Add(st, null, X12IssueCodes.SeMissing, $"The transaction set '{X12Text.Shown(st[2])}' has no SE trailer."));
        return (st, body, issues);
    }

    private static bool CountIs(string value, int expected) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count == expected;

    private X12Issue Add(X12Segment segment, int? element, string code, string message)
    {
        var issue = new X12Issue(segment.Id, segment.Position, element, null, code, message);
        _issues.Add(issue);
        return issue;
    }

    private void Interchange(X12Segment segment, int? element, string code, string message) =>
        _interchangeIssues.Add(Add(segment, element, code, message));
}
