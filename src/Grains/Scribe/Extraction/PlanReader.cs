using Mesh.Grains.Scribe.Lexicons;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>
/// Reads the clinician's plan sentence by sentence and sorts each into follow-up, order, referral or note;
/// sentences that only start, change or stop a drug become prescriptions through the medications instead.
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
                var cues = context.Cues;
                var isFollowUp = cues.FollowUp.IsMatch(folded);
                if (!isFollowUp && !cues.PlanStep.IsMatch(folded))
                {
                    continue;
                }

                var item = new TextItem(segment.TextOf(sentence).TrimEnd('.', '!'), [segment.Quote(sentence)]);
                plan.Add(item);
                var kind = Classify(context, segment, sentence, isFollowUp);
                if (kind == ActionableKind.FollowUp)
                {
                    followUp ??= item;
                }

                if (kind != ActionableKind.Note || !NamesDrug(context, segment, sentence, medications))
                {
                    actionables.Add(new Actionable(kind, item.Text, item.Evidence));
                }
            }
        }

        return new PlanReading(plan, followUp, actionables);
    }

    private static ActionableKind Classify(ReadingContext context, SegmentText segment, TextSpan sentence, bool isFollowUp)
    {
        var folded = segment.Folded[sentence.Start..sentence.End];
        if (isFollowUp)
        {
            return ActionableKind.FollowUp;
        }

        if (context.Cues.Referral.IsMatch(folded))
        {
            return ActionableKind.Referral;
        }

        var namesTest = OrderLexicon.Terms.Find(segment.Folded, context.Endings, sentence.Start, sentence.End).Count > 0;
        return namesTest && (context.Cues.OrderVerb.IsMatch(folded) || context.Cues.PlanStep.IsMatch(folded))
            ? ActionableKind.Order
            : ActionableKind.Note;
    }

    private static bool NamesDrug(ReadingContext context, SegmentText segment, TextSpan sentence, IReadOnlyList<MedicationItem> medications) =>
        context.Drugs.Find(segment.Folded, context.Endings, sentence.Start, sentence.End)
            .Any(d => medications.Any(m => m.Name == d.Value));
}
