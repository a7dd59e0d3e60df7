namespace Mesh.Runtime.Tests.Serialization.Models;

// Two levels of abstraction: a declared Order may hold a Prescription through the abstract MedicationOrder.
public abstract record Order
{
    public required string OrderId { get; init; }
}

public abstract record MedicationOrder : Order
{
    public required string Drug { get; init; }
}

public sealed record Prescription : MedicationOrder
{
    public int Refills { get; init; }
}

public sealed record LabOrder : Order
{
    public required string Test { get; init; }
}
