using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Mesh.Runtime.Invocation;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>
/// The grain classes marked <see cref="ImplicitStreamSubscriptionAttribute"/> in the registered assemblies, by
/// namespace. Worked out once, on first use.
/// </summary>
internal sealed class ImplicitSubscriptionCatalog(IEnumerable<ImplicitSubscriptionAssembly> assemblies)
{
    private static readonly HashSet<Type> Markers = [typeof(IGrain), typeof(IGrainWithStringKey), typeof(IGrainWithGuidKey)];

    private readonly Lazy<ILookup<string, ImplicitSubscriber>> _byNamespace = new(() => Build(assemblies));

    public IEnumerable<ImplicitSubscriber> For(string streamNamespace) => _byNamespace.Value[streamNamespace];

    private static ILookup<string, ImplicitSubscriber> Build(IEnumerable<ImplicitSubscriptionAssembly> assemblies) =>
        assemblies.Select(a => a.Assembly).Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(Grain)))
            .SelectMany(t => t.GetCustomAttributes<ImplicitStreamSubscriptionAttribute>().Select(a => Describe(t, a.Namespace)))
            .ToLookup(s => s.Namespace, StringComparer.Ordinal);

    private static ImplicitSubscriber Describe(Type grainClass, string streamNamespace)
    {
        var elementTypes = grainClass.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStreamSubscriber<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToList();
        if (elementTypes.Count != 1)
        {
            throw new InvalidOperationException(
                $"{grainClass.FullName} has [ImplicitStreamSubscription(\"{streamNamespace}\")] and must implement IStreamSubscriber<T> for exactly one T.");
        }

        // The grain type the silo maps to this class: that of its most derived grain interface.
        var grainInterfaces = grainClass.GetInterfaces()
            .Where(i => typeof(IGrain).IsAssignableFrom(i) && !i.IsGenericType && !Markers.Contains(i))
            .ToList();
        var mostDerived = grainInterfaces
            .Where(i => !grainInterfaces.Any(other => other != i && i.IsAssignableFrom(other)))
            .OrderBy(i => i.FullName, StringComparer.Ordinal)
            .FirstOrDefault()
            ?? throw new InvalidOperationException(
                $"{grainClass.FullName} has [ImplicitStreamSubscription] but no grain interface, so no grain type to address it by.");
        var grainType = GrainInterfaceRegistry.Get(mostDerived).GrainType;
        return new ImplicitSubscriber(streamNamespace, grainType, elementTypes[0], SubscriptionIdFor(grainType));
    }

    // Stable across silos and restarts, so every activation of a stream finds the same subscription row.
    private static Guid SubscriptionIdFor(string grainType) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("implicit/" + grainType)).AsSpan(0, 16));
}

/// <summary>A grain class that follows every stream of a namespace.</summary>
internal sealed record ImplicitSubscriber(string Namespace, string GrainType, Type ElementType, Guid SubscriptionId);

/// <summary>An assembly whose grain classes may subscribe implicitly.</summary>
internal sealed record ImplicitSubscriptionAssembly(Assembly Assembly);
