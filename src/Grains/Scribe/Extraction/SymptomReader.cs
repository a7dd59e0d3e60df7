using System.Text.RegularExpressions;
using Mesh.Grains.Scribe.Lexicons;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>Reads symptoms with negation and duration; a symptom only asked about counts once it is answered.</summary>
internal static class SymptomReader
{
    // "pain medication" and "pain relief" name a treatment, not a symptom.
    private static readonly Regex NotASymptomAfter = new(@"^\s+(?:medication|medicine|meds|relief|reliever|killer|pill|csillapit)", RegexOptions.CultureInvariant);

    // "Are the muscle aches gone now?" "Yes." affirms that they are gone, not that they are present.
    private static readonly Regex ResolvedQuestion = new(@"(?<![\p{L}])(?:gone|better|away|resolved|elmult|javult|megszunt)(?![\p{L}])", RegexOptions.CultureInvariant);

    public static IReadOnlyList<SymptomFinding> Read(ReadingContext context, IReadOnlySet<(int Segment, int Clause)> allergyClauses)
    {
        var findings = new List<SymptomFinding>();
        foreach (var segment in context.Segments)
        {
            var clinician = segment.Role == SpeakerRole.Clinician;
            var drugs = clinician ? context.Drugs.Find(segment.Folded, context.Endings) : [];
            var diagnoses = clinician ? context.Diagnoses.Find(segment.Folded, context.Endings) : [];
            foreach (var match in SymptomLexicon.Terms.Find(segment.Folded, context.Endings))
            {
                var clause = segment.ClauseAt(match.Start);

                // A clinician naming a symptom beside a drug gives its indication ("ibuprofen for pain"), and one
                // inside a diagnosis ("reflux" in "gastroesophageal reflux disease") names the diagnosis.
                if (drugs.Any(d => clause.Contains(d.Start))
                    || diagnoses.Any(d => d.Span.Overlaps(match.Span) && d.Span.Length > match.Span.Length)
                    || allergyClauses.Contains((segment.Index, clause.Start))
                    || NotASymptomAfter.IsMatch(segment.Folded[match.End..])
                    || context.Cues.Hypothetical.IsMatch(segment.Folded[clause.Start..match.Start]))
                {
                    continue;
                }

                var finding = segment.IsQuestion(segment.SentenceAt(match.Start))
                    ? FromQuestion(context, segment, match)
                    : FromStatement(context, segment, match);
                if (finding is not null)
                {
                    findings.Add(finding);
                }
            }
        }

        return findings;
    }

    private static SymptomFinding FromStatement(ReadingContext context, SegmentText segment, TermMatch<string> match)
    {
        var negation = Negation.Cue(context, segment, match.Span);
        var duration = negation is null ? Durations.Find(segment, match.Span) : null;
        var start = Math.Min(match.Start, Math.Min(negation?.Start ?? int.MaxValue, duration?.Start ?? int.MaxValue));
        var end = Math.Max(match.End, Math.Max(negation?.End ?? 0, duration?.End ?? 0));
        var evidence = segment.Quote(new TextSpan(start, end));
        return new SymptomFinding(
            segment,
            match,
            new SymptomItem(match.Value, negation is not null, duration is null ? null : Durations.Said(segment, duration.Value), [evidence]));
    }

    private static SymptomFinding? FromQuestion(ReadingContext context, SegmentText segment, TermMatch<string> match)
    {
        // An answer that names symptoms itself ("No fever, but I had chills") speaks for itself instead.
        var question = segment.SentenceAt(match.Start);
        var reply = Replies.To(context, segment);
        var answer = context.Next(segment);
        if (ResolvedQuestion.IsMatch(segment.Folded[question.Start..question.End])
            || reply.Answer is null
            || reply.Evidence is null
            || answer is null
            || SymptomLexicon.Terms.Find(answer.Folded, context.Endings).Count > 0)
        {
            return null;
        }

        var evidence = new[] { segment.Quote(match.Span), reply.Evidence };
        return new SymptomFinding(segment, match, new SymptomItem(match.Value, reply.Answer == false, null, evidence));
    }
}

/// <summary>A symptom item and where it was said, so the chief complaint can pick the patient's first.</summary>
internal sealed record SymptomFinding(SegmentText Segment, TermMatch<string> Match, SymptomItem Item);
