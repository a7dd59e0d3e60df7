namespace Mesh.Runtime.Serialization;

/// <summary>Copies values that cross a grain call inside one silo, so caller and callee never share mutable objects.</summary>
public interface IDeepCopier
{
    /// <summary>Returns <paramref name="value"/> itself when it is immutable, else a deep copy.</summary>
    T Copy<T>(T value);
}
