using System.Collections.Concurrent;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Mesh.Runtime.Invocation;

/// <summary>
/// Maps each grain interface to its grain type name and generated proxy factory. Generated code registers
/// every interface of an assembly from a module initializer.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GrainInterfaceRegistry
{
    private static readonly ConcurrentDictionary<Type, GrainInterfaceEntry> Entries = new();

    /// <summary>Registers a grain or observer interface. Called by generated code.</summary>
    public static void Register<TInterface>(string grainType, Func<GrainId, IGrainCallInvoker, TInterface> proxyFactory)
        where TInterface : class =>
        Entries[typeof(TInterface)] = new GrainInterfaceEntry(grainType, (id, invoker) => proxyFactory(id, invoker));

    /// <summary>Finds the entry for a grain interface, running its assembly's registration first if needed.</summary>
    public static GrainInterfaceEntry Get(Type grainInterface)
    {
        if (Entries.TryGetValue(grainInterface, out var entry))
        {
            return entry;
        }

        // Touching an interface's Type does not always run its module initializer; run it explicitly once.
        RuntimeHelpers.RunModuleConstructor(grainInterface.Module.ModuleHandle);
        return Entries.TryGetValue(grainInterface, out entry)
            ? entry
            : throw new InvalidOperationException(
                $"{grainInterface.FullName} has no generated proxy. Its project must reference Mesh.Runtime.CodeGen as an analyzer.");
    }
}

/// <summary>A registered grain interface: its grain type name and how to make a proxy.</summary>
/// <param name="GrainType">The grain type name used in grain ids.</param>
/// <param name="CreateProxy">Creates a proxy for a grain id.</param>
public sealed record GrainInterfaceEntry(string GrainType, Func<GrainId, IGrainCallInvoker, object> CreateProxy);
