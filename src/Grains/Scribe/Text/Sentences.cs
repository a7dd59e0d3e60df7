using Mesh.Grains.Scribe.Lexicons;

namespace Mesh.Grains.Scribe.Text;

/// <summary>Splits a segment into sentences and clauses, the scopes of negation, dose and status cues.</summary>
internal static class Sentences
{
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var atEnd = i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]);
            if (c is '\n' || (c is '.' or '!' or '?' && atEnd))
            {
                AddTrimmed(text, start, i + 1, spans);
                start = i + 1;
            }
        }

        AddTrimmed(text, start, text.Length, spans);
        return spans;
    }

    /// <summary>Cuts sentences at semicolons and at contrast words that end a negation's reach.</summary>
    public static IReadOnlyList<TextSpan> Clauses(string text, string folded, IReadOnlyList<TextSpan> sentences, CueSet cues)
    {
        var clauses = new List<TextSpan>();
        foreach (var sentence in sentences)
        {
            var start = sentence.Start;
            var cuts = cues.ClauseBreak.Matches(folded[..sentence.End], sentence.Start)
                .Select(m => m.Index)
                .Concat(Enumerable.Range(sentence.Start, sentence.Length).Where(i => text[i] == ';'));
            foreach (var cut in cuts.Order())
            {
                AddTrimmed(text, start, cut, clauses);
                start = cut;
            }

            AddTrimmed(text, start, sentence.End, clauses);
        }

        return clauses;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == ';'))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end));
        }
    }
}
