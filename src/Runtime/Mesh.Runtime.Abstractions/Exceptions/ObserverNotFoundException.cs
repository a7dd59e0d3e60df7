namespace Mesh.Runtime;

/// <summary>
/// A call reached a cluster client that holds no observer with the called id: the reference was deleted, or the call
/// was meant for an earlier run of the client. Retrying the call cannot help; the caller should forget the reference.
/// </summary>
public sealed class ObserverNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ObserverNotFoundException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public ObserverNotFoundException() { }

    /// <summary>Creates the exception.</summary>
    public ObserverNotFoundException(string message, Exception inner) : base(message, inner) { }
}
