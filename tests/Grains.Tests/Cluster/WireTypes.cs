using System.Reflection;
using Mesh.Grains.Conversations;
using Orleans;

namespace Mesh.Grains.Tests.Cluster;

/// <summary>
/// The types Mesh sends between silos and clients, found by reflection: every type marked [GenerateSerializer] in the
/// grain interfaces' and grains' assemblies, and every Mesh type a grain interface method takes or returns, down to
/// the types of their members. A type a grain call carries is found even when it lacks [GenerateSerializer].
/// </summary>
internal static class WireTypes
{
    public static readonly Assembly[] Assemblies = [typeof(IConversationGrain).Assembly, typeof(ConversationGrain).Assembly];

    /// <summary>Grain and observer interfaces.</summary>
    public static IReadOnlyList<Type> GrainInterfaces { get; } = Assemblies
        .SelectMany(a => a.GetTypes())
        .Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    /// <summary>Types marked [GenerateSerializer].</summary>
    public static IReadOnlyList<Type> Serializable { get; } = Assemblies
        .SelectMany(a => a.GetTypes())
        .Where(t => t.IsDefined(typeof(GenerateSerializerAttribute), inherit: false))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    /// <summary>Mesh types reachable from grain interface methods: parameters, results, their members and subtypes.</summary>
    public static IReadOnlyList<Type> Carried { get; } = FindCarried();

    /// <summary>Everything above but the interfaces, by name.</summary>
    public static IReadOnlyList<Type> All { get; } = Serializable.Union(Carried).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();

    public static Type ByName(string fullName) => All.Single(t => t.FullName == fullName);

    public static bool IsMesh(Type type) => Assemblies.Contains(type.Assembly);

    private static List<Type> FindCarried()
    {
        var found = new HashSet<Type>();
        var pending = new Queue<Type>();
        foreach (var method in GrainInterfaces.SelectMany(i => i.GetMethods()))
        {
            pending.Enqueue(method.ReturnType);
            foreach (var parameter in method.GetParameters())
            {
                pending.Enqueue(parameter.ParameterType);
            }
        }

        while (pending.TryDequeue(out var type))
        {
            if (type.IsArray)
            {
                pending.Enqueue(type.GetElementType()!);
                continue;
            }

            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    pending.Enqueue(argument);
                }

                continue;
            }

            // Grain references travel as references; their interfaces are checked on their own.
            if (!IsMesh(type) || typeof(IAddressable).IsAssignableFrom(type) || !found.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                pending.Enqueue(property.PropertyType);
            }

            foreach (var subtype in Assemblies.SelectMany(a => a.GetTypes()).Where(t => t != type && type.IsAssignableFrom(t)))
            {
                pending.Enqueue(subtype);
            }
        }

        return [.. found];
    }
}
