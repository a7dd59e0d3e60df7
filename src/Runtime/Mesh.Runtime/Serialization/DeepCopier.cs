namespace Mesh.Runtime.Serialization;

/// <summary>
/// The default <see cref="IDeepCopier"/>: shares immutable values and copies everything else through a
/// serialize-then-deserialize round trip on <paramref name="serializer"/>.
/// </summary>
/// <remarks>
/// Shared without copying: primitives, strings, enums, <see cref="Guid"/>, <see cref="DateTime"/>,
/// <see cref="DateTimeOffset"/>, <see cref="DateOnly"/>, <see cref="TimeOnly"/>, <see cref="TimeSpan"/>,
/// <see cref="decimal"/>, <see cref="Uri"/>, <see cref="Version"/>, their nullable forms, <see cref="Immutable{T}"/>
/// and any type marked <see cref="ImmutableAttribute"/>. When the declared type is <see cref="object"/>, an
/// interface or an unsealed class, the value's runtime type decides both whether it is shared and how it is copied,
/// so a derived value comes back as the same derived type. A copy is only as faithful as the serializer's round trip.
/// </remarks>
/// <param name="serializer">The serializer whose round trip defines a copy.</param>
public sealed class DeepCopier(IMeshSerializer serializer) : IDeepCopier
{
    /// <inheritdoc />
    public T Copy<T>(T value)
    {
        if (value is null || ImmutableTypes<T>.IsImmutable)
        {
            return value;
        }

        // A collection declared by interface (IReadOnlyList, IDictionary...) is copied as that interface: its runtime
        // type may be one the serializer cannot build, such as the compiler's hidden type behind a collection expression.
        if (ImmutableTypes<T>.IsExact || CollectionInterface<T>.Is)
        {
            return CopyAs<T>(value);
        }

        var runtimeType = value.GetType();
        if (runtimeType == typeof(T))
        {
            return CopyAs<T>(value);
        }

        return ImmutableTypes.IsImmutable(runtimeType) ? value : (T)CopyAs(value, runtimeType)!;
    }

    private T CopyAs<T>(T value)
    {
        var buffer = ScratchBuffer.Rent();
        try
        {
            serializer.Serialize(value, buffer);
            return serializer.Deserialize<T>(buffer.WrittenSpan);
        }
        finally
        {
            ScratchBuffer.Return(buffer);
        }
    }

    private object? CopyAs(object value, Type runtimeType)
    {
        var buffer = ScratchBuffer.Rent();
        try
        {
            serializer.Serialize(value, runtimeType, buffer);
            return serializer.Deserialize(buffer.WrittenSpan, runtimeType);
        }
        finally
        {
            ScratchBuffer.Return(buffer);
        }
    }

    private static class CollectionInterface<T>
    {
        public static readonly bool Is = typeof(T).IsInterface && typeof(System.Collections.IEnumerable).IsAssignableFrom(typeof(T));
    }
}
