using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Patients;

/// <summary>One patient of one clinic. Key: <c>{tenant}/{patientId}</c> (see <see cref="PatientKeys"/>).</summary>
[Alias("Mesh.Grains.Patients.IPatientGrain")]
public interface IPatientGrain : IGrainWithStringKey
{
    /// <summary>The record, or null when no patient has this id.</summary>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<PatientRecord?> GetAsync();

    /// <summary>Creates the record; fails with <see cref="InvalidOperationException"/> when it exists already.</summary>
    [Alias("CreateAsync")]
    Task<PatientRecord> CreateAsync(PatientDemographics demographics, PatientClinicalFacts facts);

    /// <summary>Replaces demographics and clinical lists; null when no patient has this id.</summary>
    [Alias("UpdateAsync")]
    Task<PatientRecord?> UpdateAsync(PatientDemographics demographics, PatientClinicalFacts facts);

    /// <summary>The grounding context for drafts, or null when no patient has this id.</summary>
    [ReadOnly]
    [Alias("GetContextAsync")]
    Task<PatientContext?> GetContextAsync();

    /// <summary>The patient's reports, latest version of each, newest first.</summary>
    [ReadOnly]
    [Alias("ListReportsAsync")]
    Task<IReadOnlyList<Reports.ReportListing>> ListReportsAsync();

    /// <summary>Adds or updates a visit (matched by conversation id).</summary>
    [Alias("RecordEncounterAsync")]
    Task RecordEncounterAsync(PatientEncounter encounter);

    /// <summary>Keeps a note, follow-up or prescription given by voice; an order id already kept changes nothing.</summary>
    [Alias("RecordOrderAsync")]
    Task RecordOrderAsync(PatientOrder order);

    /// <summary>The orders given by voice, oldest first.</summary>
    [ReadOnly]
    [Alias("ListOrdersAsync")]
    Task<PatientOrder[]> ListOrdersAsync();

    /// <summary>
    /// What <see cref="ImportAsync"/> would do to each resource, without writing: lets a transaction across patients
    /// find every version conflict before any patient is written.
    /// </summary>
    [ReadOnly]
    [Alias("CheckImportAsync")]
    Task<PatientImportResult> CheckImportAsync(PatientImport import);

    /// <summary>
    /// Keeps the imported resources and their facts in one write: a resource with the version kept changes nothing,
    /// a newer one replaces it, an older one is a conflict and then nothing of the import is written. Creates the
    /// patient when the import carries demographics; fails with <see cref="KeyNotFoundException"/> when it carries
    /// none and the patient does not exist.
    /// </summary>
    [Alias("ImportAsync")]
    Task<PatientImportResult> ImportAsync(PatientImport import);

    /// <summary>The imported resources of one type (all types when null), in the order first imported.</summary>
    [ReadOnly]
    [Alias("ListResourcesAsync")]
    Task<IReadOnlyList<PatientResource>> ListResourcesAsync(string? resourceType);

    /// <summary>The imported resource kept under <paramref name="key"/> (<c>{ResourceType}/{Id}</c>), or null.</summary>
    [ReadOnly]
    [Alias("GetResourceAsync")]
    Task<PatientResource?> GetResourceAsync(string key);
}
