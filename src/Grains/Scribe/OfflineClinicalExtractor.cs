using Mesh.Grains.Scribe.Extraction;

namespace Mesh.Grains.Scribe;

/// <summary>
/// The extractor that needs no model: deterministic lexicon and pattern reading of English and Hungarian
/// transcripts. It reports only what the transcript literally says, each fact with the exact span it came from.
/// </summary>
public sealed class OfflineClinicalExtractor : IClinicalExtractor
{
    /// <inheritdoc />
    public Task<ClinicalDraft> ExtractAsync(Transcript transcript, ExtractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Extract(transcript, context));
    }

    /// <summary>The synchronous reading behind <see cref="ExtractAsync"/>; it does no I/O.</summary>
    public static ClinicalDraft Extract(Transcript transcript, ExtractionContext context)
    {
        var reading = new ReadingContext(transcript, context);
        var allergies = AllergyReader.Read(reading);
        var symptomFindings = SymptomReader.Read(reading, allergies.AllergyClauses);
        var medications = MedicationMerger.Merge(MedicationReader.Read(reading, allergies.AllergenMentions));
        var plan = PlanReader.Read(reading, medications);
        return new ClinicalDraft(
            ChiefComplaintReader.Read(reading, symptomFindings),
            SymptomMerger.Merge(symptomFindings),
            VitalReader.Read(reading),
            medications,
            allergies.Items,
            DiagnosisReader.Read(reading),
            plan.Plan,
            plan.FollowUp,
            [.. Prescriptions.From(medications, reading.Language), .. plan.Actionables]);
    }
}
