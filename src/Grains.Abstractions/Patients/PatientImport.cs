using Orleans;

namespace Mesh.Grains.Patients;

/// <summary>What one import brings to one patient: the resources and the facts read from them.</summary>
/// <param name="Demographics">From an imported Patient resource; null keeps the record's (the patient must exist then).</param>
/// <param name="Resources">The resources; their <c>LastUpdated</c> is set by the grain.</param>
/// <param name="Facts">Facts read from the resources, each naming its <see cref="PatientFactSource"/>.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientImport")]
public sealed record PatientImport(PatientDemographics? Demographics, IReadOnlyList<PatientResource> Resources, PatientClinicalFacts Facts);

/// <summary>What an import did, or would do, to each resource.</summary>
/// <param name="PatientExists">Whether the patient existed before the import.</param>
/// <param name="Resources">One outcome per imported resource, in order.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientImportResult")]
public sealed record PatientImportResult(bool PatientExists, IReadOnlyList<PatientResourceOutcome> Resources)
{
    /// <summary>True when some resource is older than the one kept, so nothing of the import is written.</summary>
    public bool HasConflict => Resources.Any(r => r.Outcome == PatientImportOutcome.Conflict);
}

/// <summary>The outcome for one resource of an import.</summary>
/// <param name="ResourceType">The resource type.</param>
/// <param name="Id">The logical id.</param>
/// <param name="Outcome">Created, updated, unchanged or refused as older.</param>
/// <param name="KeptVersionId">The version kept after the import (the newer one on a conflict).</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientResourceOutcome"), Immutable]
public sealed record PatientResourceOutcome(string ResourceType, string Id, PatientImportOutcome Outcome, string? KeptVersionId);

/// <summary>What became of an imported resource.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientImportOutcome")]
public enum PatientImportOutcome
{
    /// <summary>New to the patient.</summary>
    Created,

    /// <summary>Replaced an older version (or an unversioned one with different content).</summary>
    Updated,

    /// <summary>The same version (or the same content) was kept already: nothing changed.</summary>
    Unchanged,

    /// <summary>Older than the version kept: refused.</summary>
    Conflict,
}
