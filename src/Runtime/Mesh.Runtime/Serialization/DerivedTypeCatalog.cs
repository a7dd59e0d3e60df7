using System.Collections.Concurrent;
using System.Reflection;

namespace Mesh.Runtime.Serialization;

/// <summary>
/// Finds the concrete types that can stand in for an abstract class or interface: those in the declared
/// type's own assembly plus the configured known types. Each assembly is scanned at most once.
/// </summary>
/// <remarks>
/// A generic declared type such as <c>Outcome&lt;int&gt;</c> also gets the generic derived types of its assembly
/// closed over the same arguments (<c>Succeeded&lt;int&gt;</c>), so generic hierarchies need no listing either.
/// </remarks>
internal sealed class DerivedTypeCatalog(IEnumerable<Type> knownTypes)
{
    private static readonly ConcurrentDictionary<Assembly, Type[]> CandidatesByAssembly = new();

    private readonly Type[] _knownTypes = [.. knownTypes.Where(IsConcrete).Distinct()];

    public IReadOnlyList<Type> FindConcrete(Type declaredType)
    {
        var candidates = IsFrameworkAssembly(declaredType.Assembly)
            ? _knownTypes
            : CandidatesByAssembly.GetOrAdd(declaredType.Assembly, ScanCandidates)
                .Select(candidate => candidate.IsGenericTypeDefinition ? CloseOver(candidate, declaredType) : candidate)
                .OfType<Type>()
                .Concat(_knownTypes);

        return [.. candidates
            .Where(declaredType.IsAssignableFrom)
            .Distinct()
            .OrderBy(type => TypeDiscriminator.For(type), StringComparer.Ordinal)];
    }

    private static Type[] ScanCandidates(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            // A type whose dependency is missing cannot be a payload anyway; keep the ones that loaded.
            types = partial.Types;
        }

        return [.. types.OfType<Type>().Where(type => IsConcrete(type) || IsConcreteGenericDefinition(type))];
    }

    private static Type? CloseOver(Type definition, Type declaredType)
    {
        if (!declaredType.IsConstructedGenericType || definition.GetGenericArguments().Length != declaredType.GenericTypeArguments.Length)
        {
            return null;
        }

        try
        {
            return definition.MakeGenericType(declaredType.GenericTypeArguments);
        }
        catch (ArgumentException)
        {
            // The arguments break the definition's constraints, so it cannot derive from this declared type.
            return null;
        }
    }

    private static bool IsConcrete(Type type) =>
        !type.IsAbstract && !type.IsInterface && !type.ContainsGenericParameters;

    private static bool IsConcreteGenericDefinition(Type type) =>
        !type.IsAbstract && !type.IsInterface && type.IsGenericTypeDefinition;

    // Scanning the base class library for implementations of, say, IComparable would turn int and string into
    // "derived types"; framework abstractions only get the derived types the application lists.
    private static bool IsFrameworkAssembly(Assembly assembly)
    {
        var name = assembly.GetName().Name ?? string.Empty;
        return name is "mscorlib" or "netstandard"
            || name.StartsWith("System.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.", StringComparison.Ordinal);
    }
}
