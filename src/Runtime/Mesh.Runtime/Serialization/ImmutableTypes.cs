using System.Collections.Concurrent;
using System.Numerics;
using System.Reflection;

namespace Mesh.Runtime.Serialization;

/// <summary>Decides, once per type, whether a value of that type can be shared instead of copied.</summary>
internal static class ImmutableTypes
{
    private static readonly HashSet<Type> KnownImmutable =
    [
        typeof(string), typeof(decimal), typeof(Guid), typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly),
        typeof(TimeOnly), typeof(TimeSpan), typeof(Uri), typeof(Version), typeof(Half), typeof(Int128),
        typeof(UInt128), typeof(BigInteger),
    ];

    private static readonly ConcurrentDictionary<Type, bool> ByRuntimeType = new();

    /// <summary>Looks up a type only known at run time, such as the value behind a declared <see cref="object"/>.</summary>
    public static bool IsImmutable(Type type) => ByRuntimeType.GetOrAdd(type, Classify);

    public static bool Classify(Type type)
    {
        // A grain reference is an id and an invoker: sharing it is what a copy would produce.
        if (type.IsPrimitive || type.IsEnum || KnownImmutable.Contains(type) || type.IsDefined(typeof(ImmutableAttribute), inherit: false)
            || type.IsSubclassOf(typeof(Invocation.GrainProxy)))
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(Immutable<>)
            || (definition == typeof(Nullable<>) && Classify(type.GetGenericArguments()[0]));
    }
}

/// <summary>The per-type decision for a declared type, computed when the type is first copied.</summary>
/// <typeparam name="T">The declared type.</typeparam>
internal static class ImmutableTypes<T>
{
    /// <summary>Values of the declared type are shared as they are.</summary>
    public static readonly bool IsImmutable = ImmutableTypes.Classify(typeof(T));

    /// <summary>
    /// A value of the declared type is always exactly that type (a value type or a sealed class), so the declared
    /// type's contract fully describes it and the runtime type need not be checked.
    /// </summary>
    public static readonly bool IsExact = typeof(T).IsValueType || typeof(T).IsSealed;
}
