namespace Mesh.Runtime;

/// <summary>Wraps a value the caller promises not to change, so a call inside one silo passes it without copying.</summary>
/// <typeparam name="T">The wrapped type.</typeparam>
/// <param name="Value">The wrapped value.</param>
public readonly record struct Immutable<T>(T Value);

/// <summary>Helpers for <see cref="Immutable{T}"/>.</summary>
public static class ImmutableExtensions
{
    /// <summary>Marks a value as immutable for the duration of a call.</summary>
    public static Immutable<T> AsImmutable<T>(this T value) => new(value);
}
