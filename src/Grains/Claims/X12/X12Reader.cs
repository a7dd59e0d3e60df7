namespace Mesh.Grains.Claims.X12;

/// <summary>
/// Cuts X12 text into segments with the delimiters its ISA declares. Strict: the text must start with an ISA of 16
/// elements; only line breaks may follow a segment terminator; a segment id must be 2-3 upper-case letters or digits.
/// </summary>
public static class X12Reader
{
    private const int IsaElementCount = 16;

    /// <summary>Reads <paramref name="text"/> into segments, numbering them from 1 (the ISA).</summary>
    public static X12Document Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = SkipLineBreaks(text, text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
        if (!TryReadDelimiters(text, start, out var delimiters, out var problem))
        {
            return new X12Document(null, [], [new X12Issue("ISA", 1, null, null, X12IssueCodes.IsaInvalid, problem)]);
        }

        var segments = new List<X12Segment>(Math.Max(16, text.Length / 40));
        var issues = new List<X12Issue>();
        var index = start;
        while (index < text.Length)
        {
            var end = text.IndexOf(delimiters.Segment, index);
            var terminated = end >= 0;
            var body = text.AsSpan(index, (terminated ? end : text.Length) - index);
            if (!terminated && body.Trim().IsEmpty)
            {
                break;
            }

            var position = segments.Count + 1;
            var segment = new X12Segment(body.ToString().Split(delimiters.Element), position, delimiters);
            segments.Add(segment);
            if (!IsSegmentId(segment.Id))
            {
                issues.Add(new X12Issue(Printable(segment.Id), position, null, null, X12IssueCodes.InvalidSegmentId,
                    $"Segment {position} has no valid segment id (2-3 upper-case letters or digits)."));
            }

            if (!terminated)
            {
                issues.Add(new X12Issue(Printable(segment.Id), position, null, null, X12IssueCodes.UnterminatedSegment,
                    $"Segment {position} does not end with the segment terminator '{X12Text.Shown(delimiters.Segment.ToString())}'."));
                break;
            }

            index = SkipLineBreaks(text, end + 1);
        }

        return new X12Document(delimiters, segments, issues);
    }

    private static bool TryReadDelimiters(string text, int start, out X12Delimiters delimiters, out string problem)
    {
        delimiters = default;
        if (text.Length - start < 4 || string.CompareOrdinal(text, start, "ISA", 0, 3) != 0)
        {
            problem = "The file does not start with an ISA segment.";
            return false;
        }

        var element = text[start + 3];
        var cursor = start + 3;
        var repetitionStart = -1;
        for (var found = 1; found < IsaElementCount; found++)
        {
            cursor = text.IndexOf(element, cursor + 1);
            if (cursor < 0)
            {
                problem = $"The ISA has fewer than {IsaElementCount} elements.";
                return false;
            }

            if (found == 10)
            {
                repetitionStart = cursor + 1;
            }
        }

        // ISA16 is one character, the segment terminator the next one.
        if (cursor + 2 >= text.Length)
        {
            problem = "The ISA ends before ISA16 and the segment terminator.";
            return false;
        }

        var component = text[cursor + 1];
        var segment = text[cursor + 2];
        var repetitionField = text[repetitionStart..text.IndexOf(element, repetitionStart)];
        // ISA11 is a repetition separator since 00501; 'U' (the 00401 standards id) means no repetition.
        var repetition = repetitionField.Length == 1 && IsDelimiterCandidate(repetitionField[0]) ? repetitionField[0] : '\0';
        char[] declared = repetition == '\0' ? [element, component, segment] : [element, component, segment, repetition];
        if (!declared.All(IsDelimiterCandidate) && !(segment is '\n' or '\r' && IsDelimiterCandidate(element) && IsDelimiterCandidate(component)))
        {
            problem = "The ISA declares a letter, digit or space as a delimiter.";
            return false;
        }

        if (declared.Distinct().Count() != declared.Length)
        {
            problem = "The ISA declares the same character for two delimiters.";
            return false;
        }

        delimiters = new X12Delimiters(element, repetition, component, segment);
        problem = "";
        return true;
    }

    private static bool IsDelimiterCandidate(char c) => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && !char.IsControl(c);

    private static bool IsSegmentId(string id) =>
        id.Length is 2 or 3 && id.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9');

    private static int SkipLineBreaks(string text, int index)
    {
        while (index < text.Length && text[index] is '\r' or '\n')
        {
            index++;
        }

        return index;
    }

    // A hostile file may put anything where a segment id belongs; the issue repeats at most a short, printable form.
    private static string Printable(string id)
    {
        var cut = id.Length > 3 ? id[..3] : id;
        return new string(cut.Select(c => char.IsControl(c) ? '?' : c).ToArray());
    }
}
