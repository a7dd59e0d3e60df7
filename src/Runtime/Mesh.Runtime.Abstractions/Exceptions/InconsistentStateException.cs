namespace Mesh.Runtime;

/// <summary>A state write or clear carried an ETag that storage no longer holds: another writer won, nothing was changed.</summary>
public sealed class InconsistentStateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InconsistentStateException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public InconsistentStateException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public InconsistentStateException() { }
}
