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

    // Families of hand-written generic requests (a stream delivery per event type) whose keys name a type argument:
    // a process may receive one before its own code ever used that type argument.
    private static readonly ConcurrentDictionary<string, Func<string, Func<GrainRequest>?>> Resolvers = new(StringComparer.Ordinal);

    /// <summary>Registers a request class under its key. Called by generated code.</summary>
    public static void Register(string key, Func<GrainRequest> factory) => Factories[key] = factory;

    /// <summary>
    /// Registers how to make the factory for any key that starts with <paramref name="prefix"/> and is not registered
    /// yet; the factory it returns is kept, so the resolver runs once per key.
    /// </summary>
    public static void RegisterResolver(string prefix, Func<string, Func<GrainRequest>?> resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentNullException.ThrowIfNull(resolver);
        Resolvers[prefix] = resolver;
    }

    /// <summary>Creates an empty request for <paramref name="key"/>.</summary>
    /// <exception cref="InvalidOperationException">No loaded assembly declares the request.</exception>
    public static GrainRequest Create(string key) =>
        Factories.TryGetValue(key, out var factory) || TryResolve(key, out factory)
            ? factory()
            : throw new InvalidOperationException($"No grain interface method '{key}' is known in this process; is its assembly loaded?");

    private static bool TryResolve(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Func<GrainRequest>? factory)
    {
        foreach (var (prefix, resolver) in Resolvers)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && resolver(key) is { } resolved)
            {
                factory = Factories.GetOrAdd(key, resolved);
                return true;
            }
        }

        factory = null;
        return false;
    }
}
