using System.Reflection;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Placement;

namespace Mesh.Runtime.Catalog;

/// <summary>
/// Maps grain type names to grain classes. Each grain interface names one grain type (see <see cref="GrainTypeAttribute"/>),
/// and exactly one class in the silo implements it. Built once at start from the registered assemblies.
/// </summary>
internal sealed class GrainTypeMap
{
    private static readonly HashSet<Type> Markers = [typeof(IGrain), typeof(IGrainWithStringKey), typeof(IGrainWithGuidKey)];
    private readonly Dictionary<string, GrainClassInfo> _byType = new(StringComparer.Ordinal);

    public GrainTypeMap(IEnumerable<GrainAssembly> assemblies)
    {
        var candidates = assemblies.Select(a => a.Assembly).Distinct()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(Grain)))
            .SelectMany(Candidates)
            .ToList();
        var activators = new Dictionary<Type, GrainActivator>();

        // A class owns the grain types of its most derived interfaces; an inherited interface names a grain type
        // of that class only when no other class claims it.
        foreach (var (grainType, grainClass) in candidates.Where(c => c.MostDerived).Select(c => (c.GrainType, c.Class)))
        {
            if (_byType.TryGetValue(grainType, out var existing))
            {
                throw new InvalidOperationException(
                    $"Grain type '{grainType}' is implemented by both {existing.ClassType.FullName} and {grainClass.FullName}.");
            }

            _byType[grainType] = Describe(grainClass, grainType, activators);
        }

        foreach (var group in candidates.Where(c => !c.MostDerived && !_byType.ContainsKey(c.GrainType)).GroupBy(c => c.GrainType))
        {
            if (group.Select(c => c.Class).Distinct().Count() == 1)
            {
                _byType[group.Key] = Describe(group.First().Class, group.Key, activators);
            }
        }
    }

    public IEnumerable<GrainClassInfo> Classes => _byType.Values;

    public GrainClassInfo Get(GrainId grainId) =>
        _byType.TryGetValue(grainId.Type, out var info)
            ? info
            : throw new InvalidOperationException($"No grain class for grain type '{grainId.Type}' is registered in this silo (AddGrains).");

    public bool TryGet(GrainId grainId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GrainClassInfo? info) =>
        _byType.TryGetValue(grainId.Type, out info);

    private static IEnumerable<(string GrainType, Type Class, bool MostDerived)> Candidates(Type grainClass)
    {
        var interfaces = grainClass.GetInterfaces().Where(i => typeof(IGrain).IsAssignableFrom(i) && !Markers.Contains(i)).ToList();
        return interfaces.Select(i => (
            GrainInterfaceRegistry.Get(i).GrainType,
            grainClass,
            !interfaces.Any(other => other != i && i.IsAssignableFrom(other))));
    }

    private static GrainClassInfo Describe(Type grainClass, string grainType, Dictionary<Type, GrainActivator> activators)
    {
        if (!activators.TryGetValue(grainClass, out var activator))
        {
            activators[grainClass] = activator = new GrainActivator(grainClass);
        }

        var placement = grainClass.GetCustomAttribute<PlacementAttribute>() switch
        {
            PreferLocalPlacementAttribute => PlacementKind.PreferLocal,
            RandomPlacementAttribute => PlacementKind.Random,
            _ => PlacementKind.Hash,
        };
        return new GrainClassInfo(grainClass, grainType, grainClass.GetCustomAttribute<ReentrantAttribute>() is not null, activator, placement);
    }
}

/// <summary>An assembly whose grain classes the silo hosts.</summary>
internal sealed record GrainAssembly(Assembly Assembly);
