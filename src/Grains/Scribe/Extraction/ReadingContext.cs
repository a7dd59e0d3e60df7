using Mesh.Grains.Scribe.Lexicons;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>What every fact reader needs: the prepared segments, the language's cues, endings and drug names.</summary>
internal sealed class ReadingContext
{
    public ReadingContext(Transcript transcript, ExtractionContext context)
    {
        Language = Text.Language.Normalize(context.Language);
        Cues = CueSet.For(Language);
        Endings = Inflection.For(Language);
        Drugs = DrugLexicon.WithKnown(context.KnownFacts?.Medications ?? []);
        Allergens = AllergenLexicon.WithKnown(context.KnownFacts?.Allergies ?? []);
        Diagnoses = DiagnosisLexicon.WithKnown(context.KnownFacts?.Conditions ?? []);
        Segments = transcript.Segments.Select((s, i) => new SegmentText(s, i, Cues)).ToList();
    }

    public string Language { get; }

    public CueSet Cues { get; }

    public string Endings { get; }

    public TermLexicon<string> Drugs { get; }

    public TermLexicon<string> Allergens { get; }

    public TermLexicon<DiagnosisEntry> Diagnoses { get; }

    public IReadOnlyList<SegmentText> Segments { get; }

    public bool IsHungarian => Text.Language.IsHungarian(Language);

    /// <summary>The segment spoken right after this one, if any: where a question is answered.</summary>
    public SegmentText? Next(SegmentText segment) =>
        segment.Index + 1 < Segments.Count ? Segments[segment.Index + 1] : null;
}
