using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Patients;

/// <summary>The patient list of one clinic, for search. Key: the tenant id.</summary>
[Alias("Mesh.Grains.Patients.IPatientDirectoryGrain")]
public interface IPatientDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds a patient or updates their listing.</summary>
    [Alias("UpsertAsync")]
    Task UpsertAsync(PatientListing listing);

    /// <summary>Finds patients by name part and/or birth date.</summary>
    [ReadOnly]
    [Alias("SearchAsync")]
    Task<PatientSearchPage> SearchAsync(PatientSearch search);
}
