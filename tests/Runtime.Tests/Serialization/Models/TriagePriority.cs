namespace Mesh.Runtime.Tests.Serialization.Models;

// Implements a framework interface, so it is only found when listed in MeshSerializerOptions.KnownTypes.
public sealed record TriagePriority(int Level) : IComparable
{
    public int CompareTo(object? obj) => obj is TriagePriority other ? Level.CompareTo(other.Level) : 1;
}

public sealed record TriageSlot(string PatientId, IComparable Priority);
