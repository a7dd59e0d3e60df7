namespace Mesh.Runtime.Tests.Serialization.Models;

public sealed record PatientSummary
{
    public required string PatientId { get; init; }

    public string? PreferredLanguage { get; init; }

    public IReadOnlyList<string> Conditions { get; init; } = [];
}
