namespace Mesh.Runtime;

/// <summary>
/// A call could not be carried to or completed by the silo that hosts its grain: the connection failed or closed,
/// or the silo is shutting down. <see cref="WasDelivered"/> tells whether the request may have run; when it is
/// false the call never ran and the runtime retries it on its own.
/// </summary>
public class SiloUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SiloUnavailableException(string message, bool wasDelivered) : base(message) => WasDelivered = wasDelivered;

    /// <summary>Creates the exception.</summary>
    public SiloUnavailableException() { }

    /// <summary>Creates the exception.</summary>
    public SiloUnavailableException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public SiloUnavailableException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Whether the request reached the silo (it may have run) before the failure.</summary>
    public bool WasDelivered { get; }
}
