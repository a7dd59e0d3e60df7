namespace Mesh.Runtime.Tests.Serialization.Models;

public sealed record EncounterDraft(
    Guid EncounterId,
    Finding PrimaryFinding,
    IReadOnlyList<Finding> Findings,
    Dictionary<string, List<Finding>> FindingsBySection,
    IActionable? NextStep,
    Order? Order);
