using Orleans;

namespace Mesh.Grains.Patients;

/// <summary>Who the patient is.</summary>
/// <param name="GivenName">Given name(s).</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Sex">Administrative sex.</param>
/// <param name="Language">The patient's preferred language (BCP 47, e.g. <c>en</c>, <c>hu</c>); summaries are written in it.</param>
/// <param name="Identifiers">Identifiers such as a national id or an insurance member id.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientDemographics")]
public sealed record PatientDemographics(
    string GivenName,
    string FamilyName,
    DateOnly BirthDate,
    PatientSex Sex,
    string Language,
    IReadOnlyList<PatientIdentifier> Identifiers);

/// <summary>Administrative sex.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientSex")]
public enum PatientSex
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Other.</summary>
    Other,

    /// <summary>Not known.</summary>
    Unknown,
}

/// <summary>An identifier issued by some system.</summary>
/// <param name="System">The issuing system, e.g. <c>national-id</c>.</param>
/// <param name="Value">The identifier.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientIdentifier"), Immutable]
public sealed record PatientIdentifier(string System, string Value);
