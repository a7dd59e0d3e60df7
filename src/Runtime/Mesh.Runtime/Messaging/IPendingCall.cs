namespace Mesh.Runtime.Messaging;

/// <summary>A request sent over a connection, waiting for its response.</summary>
internal interface IPendingCall
{
    /// <summary>When the caller stops waiting, as a <see cref="TimeProvider"/> timestamp.</summary>
    long Deadline { get; }

    /// <summary>The connection the request went out on; its loss fails the call.</summary>
    Connection Connection { get; }

    /// <summary>Completes the call from a response, error or rejection frame.</summary>
    void OnResponse(Message response);

    /// <summary>Fails the call (connection lost, timeout).</summary>
    void OnFailure(Exception error);

    /// <summary>Names the call in errors.</summary>
    string Describe();
}
