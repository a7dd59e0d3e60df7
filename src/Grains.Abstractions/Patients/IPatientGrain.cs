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
}
