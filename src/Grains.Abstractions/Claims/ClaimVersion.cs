using Mesh.Grains.Patients;
using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>
/// One version of a claim read from a document that comes in versions (a FHIR Claim), with the resource as the patient
/// keeps it, so the claim grain can tell the current version from an older one whose call came late.
/// </summary>
/// <param name="Claim">The claim this version describes; a void (frequency 8) when the document was cancelled.</param>
/// <param name="PatientId">The patient the document is kept with.</param>
/// <param name="Version">This version as the patient keeps it.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimVersion"), Immutable]
public sealed record ClaimVersion(ClaimRecord Claim, string PatientId, PatientResource Version);
