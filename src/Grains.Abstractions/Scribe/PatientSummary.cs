using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>A plain-language summary of the visit for the patient.</summary>
/// <param name="Language">The language it is written in, such as <c>en</c> or <c>hu</c>.</param>
/// <param name="Markdown">The summary as markdown.</param>
/// <param name="Warnings">Problems met while writing it, such as an unsupported language.</param>
[GenerateSerializer, Alias("Mesh.Grains.Scribe.PatientSummary")]
public sealed record PatientSummary(string Language, string Markdown, IReadOnlyList<string> Warnings);
