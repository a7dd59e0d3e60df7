using System.Collections.Concurrent;
using Mesh.Runtime.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.State;

/// <summary>Makes <see cref="PersistentState{TState}"/> for a state type known only at run time, via one generic method per type.</summary>
internal static class PersistentStateFactory
{
    private static readonly ConcurrentDictionary<Type, Func<GrainId, string, IGrainStorage, IServiceProvider, object>> Factories = new();

    public static Func<GrainId, string, IGrainStorage, IServiceProvider, object> For(Type stateType) =>
        Factories.GetOrAdd(stateType, static type =>
            typeof(PersistentStateFactory).GetMethod(nameof(Create), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type)
                .CreateDelegate<Func<GrainId, string, IGrainStorage, IServiceProvider, object>>());

    private static object Create<TState>(GrainId grainId, string stateName, IGrainStorage storage, IServiceProvider services) =>
        new PersistentState<TState>(grainId, stateName, storage, services.GetRequiredService<IMeshSerializer>());
}
