namespace Mesh.Runtime.Serialization;

/// <summary>
/// Copies call arguments and results between grains in the same silo, so that neither side sees the other
/// change a value it still holds.
/// </summary>
public interface IDeepCopier
{
    /// <summary>Returns a copy of <paramref name="value"/> that shares no mutable state with it, or the value itself when it is immutable.</summary>
    /// <typeparam name="T">The declared type of the value.</typeparam>
    /// <param name="value">The value to copy; <see langword="null"/> is returned as is.</param>
    /// <returns>An equal value that is safe to hand to another grain.</returns>
    T Copy<T>(T value);
}
