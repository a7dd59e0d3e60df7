using Orleans;

namespace Mesh.Grains.Conversations;

/// <summary>
/// The visit cannot be drafted from what was sent: unreadable or empty audio, no transcript and no speech-to-text
/// provider, an unknown draft. The message says what to change; the web answers it as 422.
/// </summary>
[GenerateSerializer, Alias("Mesh.Grains.Conversations.ScribeInputException")]
public sealed class ScribeInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScribeInputException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public ScribeInputException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public ScribeInputException() { }
}
