using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>A period in which the patient's coverage is active (from an imported FHIR Coverage).</summary>
/// <param name="PayerId">The payer that covers the period; null when the coverage names none.</param>
/// <param name="Start">The first covered day; null when open at the start.</param>
/// <param name="End">The last covered day; null when open at the end.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.CoveragePeriod"), Immutable]
public sealed record CoveragePeriod(string? PayerId, DateOnly? Start, DateOnly? End)
{
    /// <summary>Whether <paramref name="day"/> falls inside the period.</summary>
    public bool Covers(DateOnly day) => (Start is null || Start <= day) && (End is null || day <= End);
}
