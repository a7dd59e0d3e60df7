using System.Buffers;

namespace Mesh.Runtime.Serialization;

/// <summary>
/// Turns the values that cross the wire or go to storage (call arguments, results, grain state, stream events)
/// into bytes and back. One instance is shared by every thread; implementations are thread-safe.
/// </summary>
public interface IMeshSerializer
{
    /// <summary>Writes <paramref name="value"/>, described by its declared type <typeparamref name="T"/>, to <paramref name="destination"/>.</summary>
    /// <typeparam name="T">The declared type; abstract types and interfaces write a type discriminator.</typeparam>
    /// <param name="value">The value to write; <see langword="null"/> is allowed.</param>
    /// <param name="destination">Receives the payload after whatever it already holds.</param>
    void Serialize<T>(T value, IBufferWriter<byte> destination);

    /// <summary>Writes <paramref name="value"/> to a new array sized to the payload.</summary>
    /// <typeparam name="T">The declared type.</typeparam>
    /// <param name="value">The value to write; <see langword="null"/> is allowed.</param>
    /// <returns>The payload.</returns>
    byte[] SerializeToArray<T>(T value);

    /// <summary>Reads one value of declared type <typeparamref name="T"/> from a contiguous payload.</summary>
    /// <typeparam name="T">The declared type the payload was written with.</typeparam>
    /// <param name="source">The payload.</param>
    /// <returns>The value, which may be <see langword="null"/>.</returns>
    T Deserialize<T>(ReadOnlySpan<byte> source);

    /// <summary>Reads one value of declared type <typeparamref name="T"/> from a payload that may span several segments.</summary>
    /// <typeparam name="T">The declared type the payload was written with.</typeparam>
    /// <param name="source">The payload, for example a frame read from a pipe.</param>
    /// <returns>The value, which may be <see langword="null"/>.</returns>
    T Deserialize<T>(ReadOnlySequence<byte> source);

    /// <summary>Writes <paramref name="value"/> as <paramref name="declaredType"/>, for plumbing that only knows types at run time.</summary>
    /// <param name="value">The value to write; it must be <see langword="null"/> or assignable to <paramref name="declaredType"/>.</param>
    /// <param name="declaredType">The declared type, as for <see cref="Serialize{T}(T, IBufferWriter{byte})"/>.</param>
    /// <param name="destination">Receives the payload after whatever it already holds.</param>
    void Serialize(object? value, Type declaredType, IBufferWriter<byte> destination);

    /// <summary>Reads one value of <paramref name="declaredType"/>, for plumbing that only knows types at run time.</summary>
    /// <param name="source">The payload.</param>
    /// <param name="declaredType">The declared type the payload was written with.</param>
    /// <returns>The value, which may be <see langword="null"/>.</returns>
    object? Deserialize(ReadOnlySpan<byte> source, Type declaredType);
}
