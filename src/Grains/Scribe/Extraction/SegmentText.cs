using Mesh.Grains.Scribe.Lexicons;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>A transcript segment prepared for reading: folded text, sentences, clauses and who spoke.</summary>
internal sealed class SegmentText
{
    private static readonly HashSet<string> PatientLabels = new(StringComparer.OrdinalIgnoreCase) { "patient", "beteg", "páciens", "pt" };

    private static readonly HashSet<string> ClinicianLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "doctor", "nurse", "physician", "clinician", "dr", "orvos", "nővér", "ápoló", "asszisztens", "doktor",
    };

    public SegmentText(TranscriptSegment segment, int index, CueSet cues)
    {
        Segment = segment;
        Index = index;
        Folded = TextFolding.Fold(segment.Text);
        Sentences = Text.Sentences.Split(segment.Text);
        Clauses = Text.Sentences.Clauses(segment.Text, Folded, Sentences, cues);
        var speaker = segment.Speaker.Trim();
        Role = PatientLabels.Contains(speaker) ? SpeakerRole.Patient
            : ClinicianLabels.Contains(speaker) ? SpeakerRole.Clinician
            : SpeakerRole.Unknown;
    }

    public TranscriptSegment Segment { get; }

    public int Index { get; }

    public string Folded { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    public IReadOnlyList<TextSpan> Clauses { get; }

    public SpeakerRole Role { get; }

    public bool IsQuestion(TextSpan sentence) => Segment.Text[sentence.End - 1] == '?';

    public TextSpan ClauseAt(int index) => Clauses.FirstOrDefault(c => c.Contains(index), new TextSpan(0, Segment.Text.Length));

    public TextSpan SentenceAt(int index) => Sentences.FirstOrDefault(s => s.Contains(index), new TextSpan(0, Segment.Text.Length));

    public Evidence Quote(TextSpan span) =>
        new(Segment.Id, span.Start, span.End, Segment.Text[span.Start..span.End]);

    public string TextOf(TextSpan span) => Segment.Text[span.Start..span.End];
}
