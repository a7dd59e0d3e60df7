using System.Text.RegularExpressions;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>
/// Reads diagnoses the clinician states or considers likely ("consistent with acute bronchitis",
/// "valószínűleg húgyúti fertőzés"), skipping those ruled out and those the patient names as history.
/// </summary>
internal static class DiagnosisReader
{
    // "flu shot" and "covid test" name a prevention or a test, not the disease.
    private static readonly Regex NotTheDisease = new(
        @"^[\s-]*(?:shot|vaccine|vaccination|jab|test|testing|screening|oltas\p{L}*|vakcin\p{L}*|teszt\p{L}*|szures\p{L}*)(?![\p{L}])",
        RegexOptions.CultureInvariant);

    public static IReadOnlyList<DiagnosisItem> Read(ReadingContext context)
    {
        var items = new List<DiagnosisItem>();
        foreach (var segment in context.Segments.Where(s => s.Role != SpeakerRole.Patient))
        {
            var terms = context.Diagnoses.Find(segment.Folded, context.Endings);
            for (var i = 0; i < terms.Count; i++)
            {
                var term = terms[i];
                var clause = segment.ClauseAt(term.Start);
                if (segment.IsQuestion(segment.SentenceAt(term.Start)) || NotTheDisease.IsMatch(segment.Folded[term.End..]))
                {
                    continue;
                }

                var windowStart = i > 0 && clause.Contains(terms[i - 1].Start) ? terms[i - 1].End : clause.Start;
                var before = segment.Folded[..term.Start];
                var cue = context.Cues.Diagnosis.Matches(before, clause.Start).LastOrDefault();
                if (cue is null || context.Cues.DiagnosisDoubt.IsMatch(before[windowStart..]))
                {
                    continue;
                }

                var evidence = segment.Quote(new TextSpan(Math.Min(cue.Index, term.Start), term.End));
                var item = new DiagnosisItem(term.Value.NameIn(context.Language), term.Value.Icd10, [evidence]);
                var index = items.FindIndex(d => d.Icd10 == item.Icd10 && (d.Icd10 is not null || d.Text == item.Text));
                if (index < 0)
                {
                    items.Add(item);
                }
                else
                {
                    items[index] = items[index] with { Evidence = [.. items[index].Evidence, evidence] };
                }
            }
        }

        return items;
    }
}
