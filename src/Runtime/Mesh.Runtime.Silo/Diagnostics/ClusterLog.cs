using Mesh.Runtime.Messaging;
using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Diagnostics;

/// <summary>Log messages of membership, transport and directory.</summary>
internal static partial class ClusterLog
{
    [LoggerMessage(100, LogLevel.Information, "Silo {Silo} joined cluster {ClusterId} as {Status}")]
    public static partial void Joined(ILogger logger, SiloAddress silo, string clusterId, string status);

    [LoggerMessage(101, LogLevel.Warning, "Declared silo {Silo} dead: {Reason}")]
    public static partial void DeclaredDead(ILogger logger, SiloAddress silo, string reason);

    [LoggerMessage(102, LogLevel.Information, "Voted silo {Silo} dead after {Missed} unanswered probes ({Votes} of {Needed} votes)")]
    public static partial void Voted(ILogger logger, SiloAddress silo, int missed, int votes, int needed);

    [LoggerMessage(103, LogLevel.Critical, "This silo {Silo} is declared dead in the membership table; it stops serving")]
    public static partial void SelfDead(ILogger logger, SiloAddress silo);

    [LoggerMessage(104, LogLevel.Warning, "Membership upkeep failed; retrying next period")]
    public static partial void UpkeepFailed(ILogger logger, Exception error);

    [LoggerMessage(105, LogLevel.Information, "Listening for {Role} connections on {EndPoint}")]
    public static partial void Listening(ILogger logger, string role, System.Net.EndPoint endPoint);

    [LoggerMessage(106, LogLevel.Warning, "Request {Request} for {Target} could not be read")]
    public static partial void BadRequest(ILogger logger, Exception error, string? request, GrainId target);

    [LoggerMessage(107, LogLevel.Information, "Silo {Silo} left the cluster as {Status}")]
    public static partial void Left(ILogger logger, SiloAddress silo, string status);

    [LoggerMessage(108, LogLevel.Warning, "Accepting a connection failed")]
    public static partial void AcceptFailed(ILogger logger, Exception error);

    [LoggerMessage(110, LogLevel.Warning, "Recording the gateway of client {ClientId} failed; callbacks to it may not arrive")]
    public static partial void ClientRecordFailed(ILogger logger, Exception error, string clientId);

    [LoggerMessage(109, LogLevel.Warning, "Removing directory entries of dead silo {Silo} failed")]
    public static partial void DirectoryCleanupFailed(ILogger logger, Exception error, SiloAddress silo);
}
