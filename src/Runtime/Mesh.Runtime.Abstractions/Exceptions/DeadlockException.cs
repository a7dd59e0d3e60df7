namespace Mesh.Runtime;

/// <summary>
/// A call would wait on itself: it reached a non-reentrant activation that is busy awaiting the very chain
/// the call came through. Rather than letting it hang until the response timeout, the runtime fails it at once
/// and names the chain, e.g. <c>a/1 -> b/1 -> a/1</c>. Mark the method [AlwaysInterleave] or the grain [Reentrant]
/// if the cycle is intended.
/// </summary>
public sealed class DeadlockException : GrainCallTimeoutException
{
    /// <summary>Creates the exception for a chain of grain ids, the first repeated as the last.</summary>
    public DeadlockException(IReadOnlyList<GrainId> chain)
        : base($"Call cycle on non-reentrant grains: {string.Join(" -> ", chain)}. The call would wait on itself until the response timeout.")
    {
        Chain = chain;
    }

    /// <summary>Creates the exception.</summary>
    public DeadlockException() => Chain = [];

    /// <summary>Creates the exception.</summary>
    public DeadlockException(string message) : base(message) => Chain = [];

    /// <summary>Creates the exception.</summary>
    public DeadlockException(string message, Exception inner) : base(message, inner) => Chain = [];

    /// <summary>The grain ids of the cycle, the first repeated as the last.</summary>
    public IReadOnlyList<GrainId> Chain { get; }
}
