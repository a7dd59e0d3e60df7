using Mesh.Grains.Scribe.Lexicons;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>
/// Reads the clinician's plan sentence by sentence. A sentence may book a follow-up, order a test and refer
/// at once; one that does none of these is a note, unless it only starts, changes or stops a drug, which the
/// medications already turn into prescriptions.
/// </summary>
internal static class PlanReader
{
    public static PlanReading Read(ReadingContext context, IReadOnlyList<MedicationItem> medications)
    {
        var plan = new List<TextItem>();
        var actionables = new List<Actionable>();
        TextItem? followUp = null;
        foreach (var segment in context.Segments.Where(s => s.Role != SpeakerRole.Patient))
        {
            foreach (var sentence in segment.Sentences.Where(s => !segment.IsQuestion(s)))
            {
                var folded = segment.Folded[sentence.Start..sentence.End];
                var kinds = Kinds(context, segment, sentence).ToList();
                if (kinds.Count == 0 && !context.Cues.PlanStep.IsMatch(folded))
                {
                    continue;
                }

                var item = new TextItem(segment.TextOf(sentence).TrimEnd('.', '!'), [segment.Quote(sentence)]);
                plan.Add(item);
                if (kinds.Contains(ActionableKind.FollowUp))
                {
                    followUp ??= item;
                }

                if (kinds.Count == 0 && !NamesDrug(context, segment, sentence, medications))
                {
                    kinds.Add(ActionableKind.Note);
                }

                actionables.AddRange(kinds.Select(kind => new Actionable(kind, item.Text, item.Evidence)));
            }
        }

        return new PlanReading(plan, followUp, actionables);
    }

    private static IEnumerable<ActionableKind> Kinds(ReadingContext context, SegmentText segment, TextSpan sentence)
    {
        var folded = segment.Folded[sentence.Start..sentence.End];
        var cues = context.Cues;
        if (cues.FollowUp.IsMatch(folded))
        {
            yield return ActionableKind.FollowUp;
        }

        var namesTest = OrderLexicon.Terms.Find(segment.Folded, context.Endings, sentence.Start, sentence.End).Count > 0;
        if (namesTest && (cues.OrderVerb.IsMatch(folded) || cues.PlanStep.IsMatch(folded) || cues.FollowUp.IsMatch(folded)))
        {
            yield return ActionableKind.Order;
        }

        if (cues.Referral.IsMatch(folded))
        {
            yield return ActionableKind.Referral;
        }
    }

    private static bool NamesDrug(ReadingContext context, SegmentText segment, TextSpan sentence, IReadOnlyList<MedicationItem> medications) =>
        context.Drugs.Find(segment.Folded, context.Endings, sentence.Start, sentence.End)
            .Any(d => medications.Any(m => m.Name == d.Value));
}
