using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>A medication named in the encounter.</summary>
/// <param name="Name">The drug name as spelled in the lexicon of the spoken language, such as <c>lisinopril</c>.</param>
/// <param name="Dose">The dose, such as <c>20 mg</c>, when said.</param>
/// <param name="Route">The route, such as <c>oral</c> or <c>inhaled</c>, when said.</param>
/// <param name="Frequency">How often, such as <c>twice daily</c> or <c>as needed</c>, when said.</param>
/// <param name="Status">Whether it was started, stopped, changed or simply continued.</param>
/// <param name="Evidence">The transcript spans it came from.</param>
[GenerateSerializer, Alias("Mesh.Grains.Scribe.MedicationItem")]
public sealed record MedicationItem(
    string Name,
    string? Dose,
    string? Route,
    string? Frequency,
    MedicationStatus Status,
    IReadOnlyList<Evidence> Evidence);
