namespace Mesh.Runtime.Messaging;

/// <summary>What a frame carries.</summary>
internal enum MessageKind : byte
{
    /// <summary>A grain call that expects a response.</summary>
    Request = 1,

    /// <summary>The result of a request.</summary>
    Response = 2,

    /// <summary>A grain call that expects none.</summary>
    OneWay = 3,

    /// <summary>The request threw; the body is a <see cref="RemoteError"/>.</summary>
    Error = 4,

    /// <summary>The request was refused before it ran (the silo is stopping or lost its directory entry); safe to retry.</summary>
    Rejection = 5,

    /// <summary>A liveness probe between silos.</summary>
    Ping = 6,

    /// <summary>The answer to a probe.</summary>
    Pong = 7,

    /// <summary>The first frame on a connection: the sender's identity (a silo address or a client id).</summary>
    Hello = 8,

    /// <summary>
    /// "Send nothing more on this connection": sent by a silo that is stopping, and echoed once by the peer as the last
    /// frame it sends, so the stopping silo knows every request that will come has come.
    /// </summary>
    GoAway = 9,
}

/// <summary>Modifiers of a message.</summary>
[Flags]
internal enum MessageFlags : byte
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>The sender chose the receiving silo as the grain's home: register there if no activation exists yet.</summary>
    Placed = 1,

    /// <summary>The request was forwarded at least once already.</summary>
    Forwarded = 2,
}
