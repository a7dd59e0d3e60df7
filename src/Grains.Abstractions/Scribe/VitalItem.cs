using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>A measured vital sign.</summary>
/// <param name="Kind">What was measured.</param>
/// <param name="Value">The value with a dot as decimal separator, such as <c>120/80</c> or <c>38.5</c>.</param>
/// <param name="Unit">The unit, such as <c>mmHg</c>, <c>bpm</c>, <c>°C</c>, <c>%</c>, <c>kg</c>, when known.</param>
/// <param name="Evidence">The transcript spans it came from.</param>
[GenerateSerializer, Alias("Mesh.Grains.Scribe.VitalItem")]
public sealed record VitalItem(VitalKind Kind, string Value, string? Unit, IReadOnlyList<Evidence> Evidence);
