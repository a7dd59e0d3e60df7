namespace Mesh.Runtime.Tests.Serialization.Models;

public enum EncounterMode
{
    AmbientScribe,
    LiveInterpreter,
    RadiologyDictation,
}

public sealed record ScalarSample(
    EncounterMode Mode,
    EncounterMode? MissingMode,
    int? MissingCount,
    int? PresentCount,
    DateTimeOffset StartedAt,
    DateOnly BirthDate,
    TimeSpan Duration,
    Guid Id,
    decimal Amount,
    string? MissingText);
