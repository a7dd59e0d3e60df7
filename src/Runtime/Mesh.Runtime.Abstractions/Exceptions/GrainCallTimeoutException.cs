namespace Mesh.Runtime;

/// <summary>A grain call got no response within the response timeout. The message names the target, method and call chain.</summary>
public class GrainCallTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    public GrainCallTimeoutException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public GrainCallTimeoutException() { }

    /// <summary>Creates the exception.</summary>
    public GrainCallTimeoutException(string message, Exception inner) : base(message, inner) { }
}
