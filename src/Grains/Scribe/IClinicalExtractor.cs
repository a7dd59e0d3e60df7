namespace Mesh.Grains.Scribe;

/// <summary>Turns an encounter transcript into a clinical draft whose every fact points at transcript words.</summary>
public interface IClinicalExtractor
{
    /// <summary>Reads the transcript and drafts its clinical facts; the draft still needs a clinician's sign-off.</summary>
    Task<ClinicalDraft> ExtractAsync(Transcript transcript, ExtractionContext context, CancellationToken cancellationToken);
}
