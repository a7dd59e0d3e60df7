using Orleans;

namespace Mesh.Grains.Patients;

/// <summary>A patient as the clinic holds them.</summary>
/// <param name="Id">The patient id within the clinic.</param>
/// <param name="Demographics">Who the patient is.</param>
/// <param name="Facts">Problems, medications, allergies and observations.</param>
/// <param name="Encounters">Visits, newest last.</param>
/// <param name="CreatedAt">When the record was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientRecord")]
public sealed record PatientRecord(
    string Id,
    PatientDemographics Demographics,
    PatientClinicalFacts Facts,
    IReadOnlyList<PatientEncounter> Encounters,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>
/// What a draft is grounded in: the facts about the patient a clinical note may refer to, and the language the
/// patient summary is written in.
/// </summary>
/// <param name="PatientId">The patient id.</param>
/// <param name="DisplayName">Given and family name.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="AgeYears">Age in whole years on the day asked.</param>
/// <param name="Sex">Administrative sex.</param>
/// <param name="Language">Preferred language.</param>
/// <param name="ActiveConditions">Active problems.</param>
/// <param name="ActiveMedications">Medications currently taken.</param>
/// <param name="Allergies">Allergies.</param>
/// <param name="RecentObservations">The latest observations, newest first, at most 20.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientContext")]
public sealed record PatientContext(
    string PatientId,
    string DisplayName,
    DateOnly BirthDate,
    int AgeYears,
    PatientSex Sex,
    string Language,
    IReadOnlyList<PatientCondition> ActiveConditions,
    IReadOnlyList<PatientMedication> ActiveMedications,
    IReadOnlyList<PatientAllergy> Allergies,
    IReadOnlyList<PatientObservation> RecentObservations);

/// <summary>A patient as listed in search results.</summary>
/// <param name="Id">The patient id.</param>
/// <param name="GivenName">Given name.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="BirthDate">Date of birth.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientListing"), Immutable]
public sealed record PatientListing(string Id, string GivenName, string FamilyName, DateOnly BirthDate);

/// <summary>A patient search: name part (given or family, accent-insensitive) and/or birth date, with paging.</summary>
/// <param name="Name">A part of the given or family name.</param>
/// <param name="BirthDate">Exact date of birth.</param>
/// <param name="Offset">Rows to skip.</param>
/// <param name="Limit">Rows to return.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientSearch"), Immutable]
public sealed record PatientSearch(string? Name, DateOnly? BirthDate, int Offset, int Limit);

/// <summary>One page of search results.</summary>
/// <param name="Items">The patients on this page, by family then given name.</param>
/// <param name="Total">How many patients matched in all.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientSearchPage")]
public sealed record PatientSearchPage(IReadOnlyList<PatientListing> Items, int Total);
