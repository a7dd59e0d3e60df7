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
        // Without a labelled patient, a parent or unlabelled speaker is the likelier voice of the complaint.
        var role = context.Segments.Any(s => s.Role == SpeakerRole.Patient) ? SpeakerRole.Patient : SpeakerRole.Unknown;
        var speakers = context.Segments.Where(s => s.Role == role).ToList();
        if (speakers.Count == 0)
        {
            speakers = [.. context.Segments];
        }

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
