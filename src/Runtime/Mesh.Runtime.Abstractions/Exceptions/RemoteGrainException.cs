namespace Mesh.Runtime;

/// <summary>
/// A grain call failed in another process with an exception whose type this process cannot load or construct.
/// <see cref="OriginalType"/> names it; the message is the original message.
/// </summary>
public class RemoteGrainException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RemoteGrainException(string originalType, string message) : base(message) => OriginalType = originalType;

    /// <summary>Creates the exception.</summary>
    public RemoteGrainException() => OriginalType = string.Empty;

    /// <summary>Creates the exception.</summary>
    public RemoteGrainException(string message, Exception inner) : base(message, inner) => OriginalType = string.Empty;

    /// <summary>The full name of the exception type thrown on the remote side.</summary>
    public string OriginalType { get; }
}
