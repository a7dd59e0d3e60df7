using Mesh.Runtime.Invocation;

namespace Mesh.Runtime.Serialization;

/// <summary>The invoker that grain references read on this thread bind to; set while a request's arguments are read.</summary>
internal static class GrainReferenceScope
{
    [ThreadStatic]
    private static IGrainCallInvoker? _current;

    public static IGrainCallInvoker? Current => _current;

    /// <summary>Binds references read until the returned scope is disposed.</summary>
    public static Scope Enter(IGrainCallInvoker? invoker)
    {
        var previous = _current;
        _current = invoker;
        return new Scope(previous);
    }

    public readonly struct Scope(IGrainCallInvoker? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
