using System.Collections.Concurrent;
using System.ComponentModel;

namespace Mesh.Runtime.Invocation;

/// <summary>
/// Maps the stable key of every generated request class to a factory, so a silo turns a key read off the wire into
/// a request object with one dictionary lookup, never a type search. Generated module initializers fill it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GrainRequestRegistry
{
    private static readonly ConcurrentDictionary<string, Func<GrainRequest>> Factories = new(StringComparer.Ordinal)
    {
        // The runtime's own requests, which no generated code registers.
        [ReminderTickRequest.Key] = static () => new ReminderTickRequest(),
    };

    /// <summary>Registers a request class under its key. Called by generated code.</summary>
    public static void Register(string key, Func<GrainRequest> factory) => Factories[key] = factory;

    /// <summary>Creates an empty request for <paramref name="key"/>.</summary>
    /// <exception cref="InvalidOperationException">No loaded assembly declares the request.</exception>
    public static GrainRequest Create(string key) =>
        Factories.TryGetValue(key, out var factory)
            ? factory()
            : throw new InvalidOperationException($"No grain interface method '{key}' is known in this process; is its assembly loaded?");
}
