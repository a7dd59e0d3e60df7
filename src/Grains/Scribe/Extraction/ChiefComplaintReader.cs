using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>
/// The chief complaint: the reason the patient gives for coming, as the first symptom they state, or the
/// words after "I'm here for" when no symptom is named there.
/// </summary>
internal static class ChiefComplaintReader
{
    public static TextItem? Read(ReadingContext context, IReadOnlyList<SymptomFinding> symptoms)
    {
        // The patient's own words first; then unlabelled speakers or a parent; only then anyone.
        foreach (var speakers in new[] { SpeakerRole.Patient, SpeakerRole.Unknown }.Select(r => context.Segments.Where(s => s.Role == r).ToList()).Append([.. context.Segments]))
        {
            var complaint = FirstComplaint(context, symptoms, speakers);
            if (complaint is not null)
            {
                return complaint;
            }
        }

        return null;
    }

    private static TextItem? FirstComplaint(ReadingContext context, IReadOnlyList<SymptomFinding> symptoms, List<SegmentText> speakers)
    {
        var patientSymptoms = symptoms.Where(f => !f.Item.Negated && speakers.Contains(f.Segment)).ToList();
        foreach (var segment in speakers)
        {
            var reason = context.Cues.ReasonForVisit.Match(segment.Folded);
            var symptom = patientSymptoms.FirstOrDefault(f => f.Segment == segment);
            if (symptom is not null)
            {
                var text = symptom.Item.Duration is null ? symptom.Item.Name : $"{symptom.Item.Name} {symptom.Item.Duration}";
                return new TextItem(text, symptom.Item.Evidence);
            }

            if (reason.Success)
            {
                var sentence = segment.SentenceAt(reason.Index);
                var span = new TextSpan(reason.Index + reason.Length, sentence.End);
                var said = segment.TextOf(span).Trim().TrimEnd('.', '!');
                if (said.Length > 0)
                {
                    var start = segment.Segment.Text.IndexOf(said, span.Start, StringComparison.Ordinal);
                    return new TextItem(said, [segment.Quote(new TextSpan(start, start + said.Length))]);
                }
            }
        }

        return null;
    }
}
