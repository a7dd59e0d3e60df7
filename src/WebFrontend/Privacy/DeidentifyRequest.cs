namespace Mesh.WebFrontend.Privacy;

/// <summary>The body of POST /phi/deidentify. Both fields are nullable so that a missing text is a 400 naming it.</summary>
/// <param name="Text">The text to de-identify.</param>
/// <param name="PatientId">The patient of the caller's clinic the text is about: their names and identifiers are replaced too, and their dates move by their offset.</param>
public sealed record DeidentifyRequest(string? Text, string? PatientId = null);
